using System.Text.Json;

namespace ChatOps.Bot.Slack.Payloads;

/// <summary>
/// JSON → payload records, for interactivity payloads and Events API bodies. Malformed input gives null: the
/// deserialiser lets nulls into non-nullable members, so everything later code relies on is checked here.
/// </summary>
internal static class SlackPayloadParser
{
    public static SlackPayload? ParseInteraction(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return type.GetString() switch
            {
                "block_actions" => Checked(payload.Deserialize<BlockActions>(SlackJson.Options), p => p.User?.Id is not null && p.Container is not null
                    && p.Actions is not null && p.Actions.All(a => a?.ActionId is not null && a.ActionTs is not null)),
                "view_submission" => Checked(payload.Deserialize<ViewSubmission>(SlackJson.Options), p => p.User?.Id is not null && p.View?.Id is not null),
                "view_closed" => Checked(payload.Deserialize<ViewClosed>(SlackJson.Options), p => p.User?.Id is not null && p.View?.Id is not null),
                var other => new UnsupportedPayload(other ?? ""),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static EventCallback? ParseEventCallback(JsonElement body)
    {
        try
        {
            var callback = body.Deserialize<EventCallback>(SlackJson.Options);
            return callback is { EventId: not null, Event.ValueKind: JsonValueKind.Object } ? callback : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static SlashCommand FromJson(JsonElement payload) =>
        SlashCommand.FromFields(name => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()
            : null);

    private static T? Checked<T>(T? payload, Func<T, bool> complete)
        where T : class => payload is not null && complete(payload) ? payload : null;
}
