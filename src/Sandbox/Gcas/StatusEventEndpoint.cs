using System.Text.Json.Nodes;
using ChatOps.Sandbox.Google;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Gcas;

/// <summary>
/// <c>POST /v1/oci/applications/{id}/status-events</c>: 201 for a new event, 200 with the same answer when the
/// Idempotency-Key was seen with the same body, 409 when it was seen with a different body (or the sequence was
/// already used), 404 for an unknown application, 400 with field errors for a bad body.
/// </summary>
internal sealed class StatusEventEndpoint(GcasApplicationStore store, TimeProvider time)
{
    public async Task HandleAsync(HttpContext context, string applicationId)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrWhiteSpace(key) || key.Length > 255)
        {
            await Problems.WriteAsync(context, 400, "missing-idempotency-key", "Bad Request", "An Idempotency-Key header (1–255 characters) is required.",
                new JsonObject { ["Idempotency-Key"] = new JsonArray("required") });
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (StatusEventSchema.Validate(body, out var sequence, out var status) is { } errors)
        {
            await Problems.WriteAsync(context, 400, "invalid-status-event", "Bad Request", "The status event does not match the schema.", errors);
            return;
        }

        var (result, recorded) = store.Record(new RecordedStatusEvent(applicationId, key, sequence, status, body, time.GetUtcNow()));
        switch (result)
        {
            case EventRecording.UnknownApplication:
                await Problems.WriteAsync(context, 404, "not-found", "Not Found", $"No application {applicationId}.");
                break;
            case EventRecording.KeyConflict:
                await Problems.WriteAsync(context, 409, "idempotency-key-reused", "Conflict",
                    "This Idempotency-Key was already used with a different body.");
                break;
            case EventRecording.SequenceConflict:
                await Problems.WriteAsync(context, 409, "sequence-conflict", "Conflict",
                    $"Sequence {sequence} is already recorded for this application under another Idempotency-Key.");
                break;
            default:
                await JsonResponses.WriteAsync(context, result == EventRecording.Created ? 201 : 200, new JsonObject
                {
                    ["applicationId"] = applicationId,
                    ["sequence"] = recorded!.Sequence,
                    ["status"] = recorded.Status,
                    ["recordedAt"] = recorded.ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                });
                break;
        }
    }
}
