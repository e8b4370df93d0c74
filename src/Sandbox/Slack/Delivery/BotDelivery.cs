using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.SocketMode;

namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>Delivers commands, interactions and events to the bot over the configured transport, as Slack would.</summary>
internal sealed class BotDelivery(SimulatorCore core, SocketModeHub hub, HttpBotDelivery http)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _events = new(StringComparer.Ordinal);

    public SlackDeliveryMode Mode { get; set; } = core.Options.Delivery;

    public async Task<DeliveryResult> CommandAsync(JsonObject fields, CancellationToken cancellationToken) =>
        Mode == SlackDeliveryMode.SocketMode
            ? await hub.DeliverAsync("slash_commands", fields, true, cancellationToken)
            : Result(await http.PostAsync("slack/commands", await FormAsync(fields), "application/x-www-form-urlencoded", cancellationToken: cancellationToken));

    public async Task<DeliveryResult> InteractionAsync(JsonObject payload, bool acceptsResponsePayload, CancellationToken cancellationToken) =>
        Mode == SlackDeliveryMode.SocketMode
            ? await hub.DeliverAsync("interactive", payload, acceptsResponsePayload, cancellationToken)
            : Result(await http.PostAsync(
                "slack/interactions",
                await FormAsync(new JsonObject { ["payload"] = payload.ToJsonString() }),
                "application/x-www-form-urlencoded",
                cancellationToken: cancellationToken));

    public async Task<DeliveryResult> EventAsync(JsonObject callback, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _events[callback["event_id"]!.GetValue<string>()] = callback;
        }

        if (Mode == SlackDeliveryMode.SocketMode)
        {
            return await hub.DeliverAsync("events_api", callback, false, cancellationToken);
        }

        // HTTP events are retried (X-Slack-Retry-Num 1..3) when the bot fails or is too slow.
        var body = Encoding.UTF8.GetBytes(callback.ToJsonString());
        HttpDeliveryResult answer = await http.PostAsync("slack/events", body, "application/json", cancellationToken: cancellationToken);
        var attempt = 0;
        while (!answer.IsSuccess && attempt < core.Options.MaxEventRetries)
        {
            await Task.Delay(core.Options.EventRetryDelays[Math.Min(attempt, core.Options.EventRetryDelays.Count - 1)], core.Options.Time, cancellationToken);
            attempt++;
            answer = await http.PostAsync("slack/events", body, "application/json", headers: RetryHeaders(attempt, answer.TimedOut ? "http_timeout" : "http_error"), cancellationToken: cancellationToken);
        }

        return Result(answer) with { Attempts = attempt + 1 };
    }

    /// <summary>Delivers a past event again as Slack's retry would (a lost ack): same event_id, retry number and reason.</summary>
    public async Task<DeliveryResult> RedeliverEventAsync(string eventId, int retryNum, string reason, CancellationToken cancellationToken)
    {
        JsonObject callback;
        lock (_gate)
        {
            callback = _events.TryGetValue(eventId, out var known) ? known : throw new InvalidOperationException($"No event {eventId} was delivered.");
        }

        if (Mode == SlackDeliveryMode.SocketMode)
        {
            var ack = await hub.SendEnvelopeAsync(new JsonObject
            {
                ["envelope_id"] = core.Ids.EnvelopeId(),
                ["payload"] = callback.DeepClone(),
                ["type"] = "events_api",
                ["accepts_response_payload"] = false,
                ["retry_attempt"] = retryNum,
                ["retry_reason"] = reason,
            }, cancellationToken: cancellationToken);
            return new DeliveryResult(SlackDeliveryMode.SocketMode, ack is not null, ack?.Payload());
        }

        var body = Encoding.UTF8.GetBytes(callback.ToJsonString());
        return Result(await http.PostAsync("slack/events", body, "application/json", headers: RetryHeaders(retryNum, reason), cancellationToken: cancellationToken));
    }

    private static Dictionary<string, string> RetryHeaders(int retryNum, string reason) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Slack-Retry-Num"] = retryNum.ToString(CultureInfo.InvariantCulture),
        ["X-Slack-Retry-Reason"] = reason,
    };

    private static async Task<byte[]> FormAsync(JsonObject fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Key, f.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : f.Value?.ToJsonString() ?? "")));
        return await form.ReadAsByteArrayAsync();
    }

    private static DeliveryResult Result(HttpDeliveryResult answer)
    {
        JsonObject? payload = null;
        if (answer.IsSuccess && answer.Body.Length > 0)
        {
            try
            {
                payload = answer.ContentType == "application/json" ? JsonNode.Parse(answer.Body) as JsonObject : new JsonObject { ["text"] = answer.Body };
            }
            catch (JsonException)
            {
                payload = new JsonObject { ["text"] = answer.Body };
            }
        }

        return new DeliveryResult(SlackDeliveryMode.Http, answer.IsSuccess, payload, answer.TimedOut ? null : answer.Status);
    }
}
