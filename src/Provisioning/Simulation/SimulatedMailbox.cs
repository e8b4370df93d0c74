using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Simulation;

/// <summary>Receives applicant e-mails in-process, once per message, and can refuse them to simulate a mail-server outage.</summary>
public sealed class SimulatedMailbox(SimulatedCloud cloud, IAuditTrail audit) : IOutboxHandler
{
    public string Kind => OutboxKinds.Email;

    public bool Unavailable { get; set; }

    public IReadOnlyCollection<RequesterNotice> Delivered => [.. cloud.Mails.Values];

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var call = await cloud.EnterAsync(SimulatedOperation.SendEmail, message.RequestId ?? "-", cancellationToken);
        if (Unavailable || cloud.TakeFault(SimulatedOperation.SendEmail) is not null)
        {
            return DeliveryResult.Retry("421 service not available");
        }

        var notice = ProvisioningJson.Deserialize<RequesterNotice>(message.Payload);
        if (cloud.Mails.TryAdd(message.IdempotencyKey, notice))
        {
            await audit.AppendAsync(new AuditRecord(Actor.Bot, "email.sent", message.RequestId, new JsonObject
            {
                ["kind"] = notice.Kind.ToString(),
                ["recipients"] = notice.Recipients.Count,
            }), cancellationToken);
        }

        return DeliveryResult.Delivered;
    }
}
