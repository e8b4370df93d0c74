using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Payloads;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Turns a Socket Mode envelope into a request, hands it to <see cref="SlackIngress"/> and builds the ack.
/// Every envelope is acked, including ones we cannot read, so Slack does not retry them forever.
/// </summary>
internal sealed class SocketEnvelopeHandler(SlackIngress ingress, ILogger<SocketEnvelopeHandler> logger)
{
    public async Task<JsonObject> HandleAsync(JsonElement envelope, CancellationToken cancellationToken)
    {
        var id = envelope.GetProperty("envelope_id").GetString() ?? "";
        var ack = new JsonObject { ["envelope_id"] = id };
        if (ToRequest(envelope, id) is not { } request)
        {
            logger.LogWarning("Acknowledged a Socket Mode envelope we do not handle ({Type})", Text(envelope, "type"));
            return ack;
        }

        var payload = await ingress.ReceiveAsync(request, cancellationToken);
        if (payload is not null)
        {
            if (envelope.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True)
            {
                ack["payload"] = payload;
            }
            else
            {
                logger.LogDebug("Envelope {EnvelopeId} does not accept a response payload; answer dropped", id);
            }
        }

        return ack;
    }

    private static SlackRequest? ToRequest(JsonElement envelope, string id)
    {
        if (!envelope.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var retry = envelope.TryGetProperty("retry_attempt", out var attempt) && attempt.TryGetInt32(out var n) ? n : 0;
        var delivery = new SlackDelivery(SlackTransport.SocketMode, id, retry, Text(envelope, "retry_reason") is { Length: > 0 } reason ? reason : null);
        SlackPayload? parsed = Text(envelope, "type") switch
        {
            "slash_commands" => SlackPayloadParser.FromJson(payload),
            "interactive" => SlackPayloadParser.ParseInteraction(payload),
            "events_api" => SlackPayloadParser.ParseEventCallback(payload),
            _ => null,
        };
        return parsed is null or SlashCommand { UserId.Length: 0 } ? null : new SlackRequest(delivery, parsed);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
