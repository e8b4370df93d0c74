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

    /// <summary>Most slots one kind may hold while every other kind is idle.</summary>
    public int PerKind { get; } = Math.Max(1, maxConcurrency - Math.Max(0, kinds - 1));

    /// <summary>
    /// True when a slot is free and taking it still leaves one for every other kind that has none in flight (two
    /// slow kinds together must not starve a third either).
    /// </summary>
    public bool CanStart(string kind)
    {
        var free = maxConcurrency - _total;
        var othersWaitingForFirstSlot = Math.Max(0, kinds - 1 - _byKind.Count(p => p.Key != kind && p.Value > 0));
        return free > 0 && (_byKind.GetValueOrDefault(kind) == 0 || free - 1 >= othersWaitingForFirstSlot);
    }

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
