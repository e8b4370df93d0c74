using System.Collections.Concurrent;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Tests.Template.Support;

/// <summary>Keeps what was appended, in order, for assertions.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();

    public IReadOnlyList<AuditRecord> Records => [.. _records];

    public IReadOnlyList<AuditRecord> Of(string action) => [.. _records.Where(r => r.Action == action)];

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        return Task.CompletedTask;
    }
}
