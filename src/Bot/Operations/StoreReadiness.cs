using ChatOps.Provisioning.Storage;
using LiteDB;

namespace ChatOps.Bot.Operations;

/// <summary>Ready when the data file takes a write: a full disk or a lost volume shows here before a step trips on it.</summary>
internal sealed class StoreReadiness(LiteStore store) : IReadinessCheck
{
    public ReadinessResult Check()
    {
        try
        {
            store.Probe();
            return new ReadinessResult("store", true, store.Path);
        }
        catch (Exception exception) when (exception is StoreUnavailableException or ObjectDisposedException or LiteException or IOException)
        {
            return new ReadinessResult("store", false, exception.Message);
        }
    }
}
