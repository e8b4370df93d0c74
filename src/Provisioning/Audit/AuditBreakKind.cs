namespace ChatOps.Provisioning.Audit;

public enum AuditBreakKind
{
    /// <summary>An entry's content no longer matches its hash.</summary>
    Edited,

    /// <summary>Entries are missing: the sequence jumps.</summary>
    Missing,

    /// <summary>An entry does not follow the one before it: something was inserted or removed before it.</summary>
    BrokenLink,

    /// <summary>The trail ends before a published anchor: its tail was cut off.</summary>
    Truncated,

    /// <summary>The entry at a published anchor has another hash: the trail was rewritten.</summary>
    AnchorMismatch,
}
