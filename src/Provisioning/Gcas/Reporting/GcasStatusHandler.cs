using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Gcas.Reporting;

/// <summary>
/// Delivers queued <see cref="GcasStatusEvent"/>s (outbox kind <c>gcas.status</c>) with the GCAS client. The
/// dispatcher already keeps one application's events in order and retries across restarts; this decides what
/// each answer means for the message. See docs/gcas-api.md, "How ChatOps polls, pushes and reports".
/// </summary>
internal sealed class GcasStatusHandler(IGcasClient client, IAuditTrail audit, ILogger<GcasStatusHandler> logger) : IOutboxHandler
{
    /// <summary>The problem type (last path segment) GCAS gives a 409 for a known Idempotency-Key with another body.</summary>
    public const string KeyReusedProblem = "idempotency-key-reused";

    public string Kind => OutboxKinds.GcasStatus;

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        GcasStatusEvent statusEvent;
        try
        {
            statusEvent = ProvisioningJson.Deserialize<GcasStatusEvent>(message.Payload);
        }
        catch (JsonException e)
        {
            return DeliveryResult.Refused($"unreadable status event: {e.Message}");
        }

        // Intake keys an application without a usable id by content hash; GCAS cannot know such an id.
        if (statusEvent.ApplicationId.StartsWith("unidentified-", StringComparison.Ordinal))
        {
            return DeliveryResult.Refused("the application has no GCAS id to report to");
        }

        var outcome = await client.PostStatusEventAsync(statusEvent, cancellationToken);
        if (outcome.IsSuccess)
        {
            await AuditAsync(message, statusEvent, outcome.Value!.AlreadyRecorded ? "replayed" : "recorded", cancellationToken);
            return DeliveryResult.Delivered;
        }

        var failure = outcome.Failure!;
        if (IsKeyReused(failure))
        {
            // The key names application, sequence and status, so GCAS holds this event already, only with other
            // details (e.g. written by an older version). Resending cannot change that; refusing it would leave a
            // completion report undelivered for ever.
            logger.LogWarning("GCAS already holds {Key} with a different body; counted as delivered", statusEvent.IdempotencyKey);
            await AuditAsync(message, statusEvent, "already-recorded-with-other-body", cancellationToken);
            return DeliveryResult.Delivered;
        }

        return outcome.Kind == GcasOutcomeKind.TransientFailure || IsAboutUs(failure)
            ? DeliveryResult.Retry(failure.Summary, failure.RetryAfter)
            : DeliveryResult.Refused(failure.Summary);
    }

    private static bool IsKeyReused(GcasFailure failure) =>
        failure.StatusCode == HttpStatusCode.Conflict
        && failure.Problem?.Type is { } type
        && type.TrimEnd('/').EndsWith("/" + KeyReusedProblem, StringComparison.Ordinal);

    /// <summary>
    /// Our credentials or permissions, not the event, are wrong (token hop failed, 401 after a fresh token, 403):
    /// once an operator fixes the configuration the same event goes through, so it stays queued.
    /// </summary>
    private static bool IsAboutUs(GcasFailure failure) =>
        failure.Auth is not null || failure.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    private Task AuditAsync(OutboxMessage message, GcasStatusEvent statusEvent, string result, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord(Actor.Bot, "gcas.status.delivered", message.RequestId, new JsonObject
        {
            ["applicationId"] = statusEvent.ApplicationId,
            ["status"] = statusEvent.Status,
            ["sequence"] = statusEvent.Sequence,
            ["result"] = result,
        }), cancellationToken);
}
