using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Common;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Operations;

/// <summary>
/// Raises an alert once per dedupe key and period: logged, audited, and queued for the ops channel through the
/// outbox, so an alert raised during a chat outage is still delivered when the chat is back.
/// </summary>
public sealed class OpsAlerts(LiteStore store, IInbox inbox, WorkSignals signals, ILogger<OpsAlerts> logger)
{
    public bool Raise(OpsAlert alert, string dedupeKey, TimeSpan repeatAfter)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!inbox.TryAccept("alert:" + dedupeKey, repeatAfter))
        {
            return false;
        }

        logger.LogWarning("Ops alert {Kind}: {Text}", alert.Kind, alert.TextEn);
        store.Write(context =>
        {
            OutboxStore.Enqueue(context, new OutboxItem(OutboxKinds.OpsAlert, "ops", $"ops:{Guid.NewGuid():N}", ProvisioningJson.Serialize(alert), alert.RequestId));
            return context.Append(new AuditRecord(Actor.Bot, "ops.alert", alert.RequestId, new JsonObject
            {
                ["kind"] = alert.Kind.ToString(),
                ["text"] = alert.TextEn,
            }));
        });
        signals.Outbox.Notify();
        return true;
    }
}
