using System.Collections.Concurrent;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Tests.Slack.Support;

/// <summary>Test double of the audit trail that keeps every record and lets tests await one.</summary>
internal sealed class RecordingAuditTrail : IAuditTrail
{
    private readonly ConcurrentQueue<AuditRecord> _records = new();
    private readonly Signal _changed = new();

    public IReadOnlyList<AuditRecord> Records => _records.ToList();

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        _records.Enqueue(record);
        _changed.Notify();
        return Task.CompletedTask;
    }

    public async Task<AuditRecord> WaitForAsync(string action, CancellationToken cancellationToken)
    {
        AuditRecord? found = null;
        await _changed.WaitUntilAsync(() => (found = _records.FirstOrDefault(r => r.Action == action)) is not null, cancellationToken);
        return found!;
    }
}
