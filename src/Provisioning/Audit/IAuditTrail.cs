namespace ChatOps.Provisioning.Audit;

/// <summary>The append-only, hash-chained audit trail. Appends are durable when the task completes.</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);
}
