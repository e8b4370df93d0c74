namespace ChatOps.Provisioning.Audit;

/// <summary>
/// One link of the audit chain as stored. <see cref="Hash"/> is SHA-256 over the canonical form of every other
/// field (see <see cref="AuditHasher"/>), and <see cref="PreviousHash"/> is the hash of the entry before it, so
/// editing, inserting or deleting any entry breaks the chain from that point on.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    string Time,
    ActorKind ActorKind,
    string ActorId,
    string ActorName,
    string Action,
    string? RequestId,
    string Details,
    string PreviousHash,
    string Hash)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public DateTimeOffset Timestamp => DateTimeOffset.Parse(Time, System.Globalization.CultureInfo.InvariantCulture);
}
