namespace ChatOps.Provisioning.Storage;

/// <summary>
/// Deduplication keys for things that may arrive more than once (GCAS application ids, Slack envelope ids,
/// event ids, clicks). <see cref="TryAccept"/> is atomic: of two callers with one key exactly one gets true.
/// </summary>
public interface IInbox
{
    bool TryAccept(string key, TimeSpan retention);
}
