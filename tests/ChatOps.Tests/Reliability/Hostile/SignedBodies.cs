using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>Well-formed bodies for each endpoint that would have an effect if accepted (approve, cancel, open App Home).</summary>
internal static class SignedBodies
{
    public static byte[] For(string path, string requestId, string channel, string ts, string userId) => path switch
    {
        "slack/commands" => Encoding.UTF8.GetBytes(
            $"command=%2Fprovision&text=cancel+{requestId}&user_id={userId}&user_name=x&team_id=T0SANDBOX1&channel_id={channel}&trigger_id={Guid.NewGuid():N}"),
        "slack/interactions" => Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(Click(requestId, channel, ts, userId, "request.approve").ToJsonString())),
        _ => Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = "T0SANDBOX1",
            ["api_app_id"] = "A0SANDBOX1",
            ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["event_time"] = HttpModeBot.Now,
            ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = userId, ["channel"] = "D0HOME0001", ["tab"] = "home" },
        }.ToJsonString()),
    };

    /// <summary>A block_actions click on a card button, in Slack's shape, with a fresh action_ts.</summary>
    public static JsonObject Click(string requestId, string channel, string ts, string userId, string actionId, string? responseUrl = null) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = userId, ["username"] = "someone", ["team_id"] = "T0SANDBOX1" },
        ["api_app_id"] = "A0SANDBOX1",
        ["team"] = new JsonObject { ["id"] = "T0SANDBOX1", ["domain"] = "sandbox" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = false },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "provisioning" },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["block_id"] = "actions",
            ["value"] = requestId,
            ["action_ts"] = $"{HttpModeBot.Now}.{Random.Shared.Next(100000, 999999)}",
        }),
    };
}
