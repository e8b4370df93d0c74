using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Events;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Notifications;

/// <summary>Thread events to the log, for hosts without a chat connection (the headless demo).</summary>
public sealed class LogRequestEventHandler(ILogger<LogRequestEventHandler> logger) : IFallbackOutboxHandler
{
    public string Kind => OutboxKinds.RequestEvent;

    public Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var e = ProvisioningJson.Deserialize<RequestEvent>(message.Payload);
        logger.LogInformation("{RequestId} {Kind} {From}→{To} by {Actor}: {Text}{Error}",
            e.RequestId, e.Kind, e.From, e.To, e.Actor.DisplayName, e.Text, e.Error is null ? string.Empty : " " + e.Error);
        return Task.FromResult(DeliveryResult.Delivered);
    }
}
