using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Simulation;

/// <summary>
/// Receives GCAS status events in-process: deduplicates on the idempotency key as GCAS does, keeps each
/// application's events in arrival order, and can be made unavailable to simulate an outage.
/// </summary>
public sealed class SimulatedGcas(SimulatedCloud cloud, IAuditTrail audit) : IOutboxHandler
{
    public string Kind => OutboxKinds.GcasStatus;

    public bool Unavailable { get; set; }

    public IReadOnlyList<GcasStatusEvent> EventsOf(string applicationId)
    {
        var events = cloud.GcasEvents.GetValueOrDefault(applicationId) ?? [];
        lock (events)
        {
            return [.. events];
        }
    }

    public int TotalEvents => cloud.GcasEvents.Values.Sum(list => { lock (list) { return list.Count; } });

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var call = await cloud.EnterAsync(SimulatedOperation.ReportToGcas, message.RequestId ?? "-", cancellationToken);
        if (Unavailable || cloud.TakeFault(SimulatedOperation.ReportToGcas) is not null)
        {
            return DeliveryResult.Retry("GCAS unavailable (503)");
        }

        var statusEvent = ProvisioningJson.Deserialize<GcasStatusEvent>(message.Payload);
        var list = cloud.GcasEvents.GetOrAdd(statusEvent.ApplicationId, _ => []);
        bool added;
        lock (list)
        {
            added = list.All(e => e.IdempotencyKey != statusEvent.IdempotencyKey);
            if (added)
            {
                list.Add(statusEvent);
            }
        }

        await cloud.CheckpointAsync(SimulatedOperation.ReportToGcas, message.RequestId ?? "-", cancellationToken);
        if (added)
        {
            await audit.AppendAsync(new AuditRecord(Actor.Bot, "gcas.status.delivered", message.RequestId, new JsonObject
            {
                ["applicationId"] = statusEvent.ApplicationId,
                ["status"] = statusEvent.Status,
                ["sequence"] = statusEvent.Sequence,
            }), cancellationToken);
        }

        return DeliveryResult.Delivered;
    }
}
