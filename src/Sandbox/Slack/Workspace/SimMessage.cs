using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>A message in a channel; replies carry the parent's <see cref="ThreadTs"/>. Earlier contents are kept in <see cref="Edits"/>.</summary>
public sealed record SimMessage(
    string Channel,
    string Ts,
    string? ThreadTs,
    string UserId,
    string? BotId,
    string Text,
    string? BlocksJson,
    IReadOnlyList<SimMessageVersion> Edits,
    int ReplyCount = 0,
    bool Deleted = false)
{
    public JsonArray? Blocks() => BlocksJson is null ? null : JsonNode.Parse(BlocksJson)?.AsArray();

    internal JsonObject ToJson(string? appId, string teamId)
    {
        var json = new JsonObject
        {
            ["type"] = "message",
            ["user"] = UserId,
            ["text"] = Text,
            ["ts"] = Ts,
            ["team"] = teamId,
        };
        if (BotId is not null)
        {
            json["bot_id"] = BotId;
            json["app_id"] = appId;
        }

        if (ThreadTs is not null)
        {
            json["thread_ts"] = ThreadTs;
        }

        if (BlocksJson is not null)
        {
            json["blocks"] = JsonNode.Parse(BlocksJson);
        }

        if (Edits.Count > 0)
        {
            json["edited"] = new JsonObject { ["user"] = UserId, ["ts"] = Ts };
        }

        return json;
    }
}
