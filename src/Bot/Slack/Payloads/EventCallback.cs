using System.Text.Json;

namespace ChatOps.Bot.Slack.Payloads;

/// <summary>An Events API <c>event_callback</c>; <see cref="EventId"/> is globally unique and the dedupe key.</summary>
internal sealed record EventCallback(string TeamId, string? ApiAppId, string EventId, long EventTime, JsonElement Event) : SlackPayload
{
    public string EventType => Event.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() ?? "" : "";

    public string? UserId => Event.TryGetProperty("user", out var user) && user.ValueKind == JsonValueKind.String ? user.GetString() : null;

    public T? EventAs<T>() => Event.Deserialize<T>(SlackJson.Options);
}
