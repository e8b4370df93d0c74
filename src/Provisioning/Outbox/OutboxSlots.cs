namespace ChatOps.Provisioning.Outbox;

/// <summary>
/// Delivery slots shared by all kinds, with one kept free for every other kind: a receiver that is slow on
/// purpose (Slack posts paced at one a second per channel, a wave leaving thousands queued) may fill all but those,
/// so GCAS reports and e-mails still go out instead of waiting behind the whole Slack backlog. Not thread-safe;
/// the dispatcher holds its lock.
/// </summary>
internal sealed class OutboxSlots(int maxConcurrency, int kinds)
{
    private readonly Dictionary<string, int> _byKind = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>Most slots one kind may hold.</summary>
    public int PerKind { get; } = Math.Max(1, maxConcurrency - Math.Max(0, kinds - 1));

    public bool CanStart(string kind) => _total < maxConcurrency && _byKind.GetValueOrDefault(kind) < PerKind;

    public void Take(string kind)
    {
        _byKind[kind] = _byKind.GetValueOrDefault(kind) + 1;
        _total++;
    }

    public void Release(string kind)
    {
        _byKind[kind] = _byKind.GetValueOrDefault(kind) - 1;
        _total--;
    }
}
