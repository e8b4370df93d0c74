using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>What the data file says after the last kill, read the way the operator tools read it (read-only).</summary>
internal static class StoreCheck
{
    /// <summary>Every application has exactly one request and it is Completed; returns the requests by GCAS id.</summary>
    public static IReadOnlyDictionary<string, ProvisioningRequest> EveryApplicationCompleted(string dataFile, IReadOnlyList<CrashApplication> applications)
    {
        using var store = new LiteStore(Options.Create(new StoreOptions { Path = dataFile, ReadOnly = true }), TimeProvider.System);
        var requests = new RequestStore(store).All();

        var perApplication = requests.GroupBy(r => r.GcasApplicationId).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(applications.Select(a => a.ApplicationId).Order(StringComparer.Ordinal), perApplication.Keys.Order(StringComparer.Ordinal));
        Assert.All(perApplication, p => Assert.True(p.Value.Count == 1, $"{p.Key} has {p.Value.Count} requests"));
        var notDone = requests.Where(r => r.State != RequestState.Completed).Select(r => $"{r.Id} {r.GcasApplicationId}={r.State} {r.LastError}").ToList();
        Assert.True(notDone.Count == 0, "Not completed: " + string.Join("; ", notDone));
        return perApplication.ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
    }
}
