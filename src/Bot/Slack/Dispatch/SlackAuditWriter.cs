using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>Writes the platform layer's audit entries; a failing trail is logged loudly but never breaks an ack.</summary>
internal sealed class SlackAuditWriter(IAuditTrail trail, ILogger<SlackAuditWriter> logger)
{
    public async Task WriteAsync(Actor actor, string action, JsonObject details, CancellationToken cancellationToken)
    {
        try
        {
            await trail.AppendAsync(new AuditRecord(actor, action, null, details), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not write audit entry {Action}", action);
        }
    }
}
