using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Notifications;

/// <summary>Ops alerts to the log, for hosts without a chat connection.</summary>
public sealed class LogOpsAlertHandler(ILogger<LogOpsAlertHandler> logger) : IFallbackOutboxHandler
{
    public string Kind => OutboxKinds.OpsAlert;

    public Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var alert = ProvisioningJson.Deserialize<OpsAlert>(message.Payload);
        logger.LogWarning("[ops] {Kind}: {Text}", alert.Kind, alert.TextEn);
        return Task.FromResult(DeliveryResult.Delivered);
    }
}
