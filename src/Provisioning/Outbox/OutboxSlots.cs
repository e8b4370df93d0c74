namespace ChatOps.Provisioning.Outbox;

/// <summary>
/// Delivery slots per kind: each receiver has its own <c>Outbox:MaxConcurrency</c>. A receiver that is slow on
/// purpose (Slack posts paced at one a second per channel, so a wave leaves thousands queued) or down then holds
/// back only its own messages; with one shared pool the Slack backlog kept GCAS completion reports waiting and
/// requests sat in ReportingToGcas. Not thread-safe; the dispatcher holds its lock.
/// </summary>
internal sealed class OutboxSlots(int perKind)
{
    private readonly Dictionary<string, int> _byKind = new(StringComparer.Ordinal);

    public bool CanStart(string kind) => _byKind.GetValueOrDefault(kind) < perKind;

    public void Take(string kind) => _byKind[kind] = _byKind.GetValueOrDefault(kind) + 1;

    public void Release(string kind) => _byKind[kind] = _byKind.GetValueOrDefault(kind) - 1;
}
