using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Page;

/// <summary>Messages and ephemeral messages as the page renders them: the stored text and Block Kit, unchanged.</summary>
internal static class MessageJson
{
    public static JsonObject Message(SimMessage message, SlackSimulator slack) => new()
    {
        ["type"] = "message",
        ["channel"] = message.Channel,
        ["ts"] = message.Ts,
        ["threadTs"] = message.ThreadTs,
        ["user"] = message.UserId,
        ["isBot"] = message.BotId is not null,
        ["userName"] = Author(message.UserId, message.BotId is not null, slack),
        ["text"] = message.Text,
        ["blocks"] = PageJson.Parse(message.BlocksJson),
        ["edited"] = message.Edits.Count > 0,
        ["replyCount"] = message.ReplyCount,
    };

    public static JsonObject Ephemeral(SimEphemeral ephemeral, SlackSimulator slack) => new()
    {
        ["type"] = "ephemeral",
        ["channel"] = ephemeral.Channel,
        ["ts"] = ephemeral.Ts,
        ["threadTs"] = ephemeral.ThreadTs,
        ["user"] = slack.Options.BotUserId,
        ["isBot"] = true,
        ["userName"] = slack.Options.BotName,
        ["text"] = ephemeral.Text,
        ["blocks"] = PageJson.Parse(ephemeral.BlocksJson),
        ["via"] = ephemeral.Via,
    };

    /// <summary>Messages and the user's ephemerals together, oldest first, as a channel shows them.</summary>
    public static JsonArray Timeline(IEnumerable<SimMessage> messages, IEnumerable<SimEphemeral> ephemerals, SlackSimulator slack) =>
        PageJson.Array(messages.Select(m => (Ts: m.Ts, Json: Message(m, slack)))
            .Concat(ephemerals.Select(e => (Ts: e.Ts, Json: Ephemeral(e, slack))))
            .OrderBy(item => decimal.Parse(item.Ts, CultureInfo.InvariantCulture))
            .Select(item => item.Json));

    private static string Author(string userId, bool isBot, SlackSimulator slack) =>
        isBot ? slack.Options.BotName : slack.Workspace.User(userId)?.RealName ?? userId;
}
