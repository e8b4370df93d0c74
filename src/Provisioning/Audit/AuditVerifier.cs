namespace ChatOps.Provisioning.Audit;

/// <summary>Walks the chain in sequence order, entry by entry, and remembers the first break.</summary>
public sealed class AuditVerifier(IReadOnlyList<AuditAnchor> anchors)
{
    // The same head can be published twice (a periodic post and the shutdown post with nothing appended between),
    // and an operator may paste an anchor twice: every published hash for a sequence must match.
    private readonly Dictionary<long, string[]> _anchors = anchors.GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.Select(a => a.Hash).Distinct(StringComparer.Ordinal).ToArray());
    private long _expected = 1;
    private string _previousHash = AuditEntry.GenesisHash;
    private long _checked;
    private AuditBreak? _break;

    public void Visit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _checked++;
        if (_break is null)
        {
            _break = Check(entry);
        }

        _previousHash = entry.Hash;
        _expected = entry.Sequence + 1;
    }

    public AuditVerification Conclude()
    {
        var head = _expected - 1;
        var firstBreak = _break;
        if (firstBreak is null && _anchors.Count > 0 && _anchors.Keys.Max() is var furthest && furthest > head)
        {
            firstBreak = new AuditBreak(head + 1, AuditBreakKind.Truncated,
                $"The trail ends at entry {head}, but entry {furthest} was published as an anchor: entries after {head} were removed.");
        }

        return new AuditVerification(_checked, head, _previousHash, firstBreak);
    }

    private AuditBreak? Check(AuditEntry entry)
    {
        if (entry.Sequence != _expected)
        {
            return entry.Sequence > _expected
                ? new AuditBreak(_expected, AuditBreakKind.Missing, $"Entries {_expected}–{entry.Sequence - 1} are missing.")
                : new AuditBreak(entry.Sequence, AuditBreakKind.BrokenLink, $"Entry {entry.Sequence} appears out of order.");
        }

        if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, AuditBreakKind.BrokenLink,
                $"Entry {entry.Sequence} does not follow entry {entry.Sequence - 1}: an entry was inserted, removed or changed before it.");
        }

        if (!string.Equals(AuditHasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
        {
            return new AuditBreak(entry.Sequence, AuditBreakKind.Edited, $"Entry {entry.Sequence} was changed after it was written.");
        }

        if (_anchors.TryGetValue(entry.Sequence, out var published)
            && published.FirstOrDefault(h => !string.Equals(h, entry.Hash, StringComparison.Ordinal)) is { } anchored)
        {
            return new AuditBreak(entry.Sequence, AuditBreakKind.AnchorMismatch,
                $"Entry {entry.Sequence} has hash {AuditHasher.Short(entry.Hash)}…, but {AuditHasher.Short(anchored)}… was published for it.");
        }

        return null;
    }
}
