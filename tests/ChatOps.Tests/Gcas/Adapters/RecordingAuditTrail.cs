using System.Collections.Concurrent;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>An audit trail that only remembers, for handler tests that need no store.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }
}
