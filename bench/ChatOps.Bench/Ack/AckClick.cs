using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Directory;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Bench.Ack;

/// <summary>
/// A Reject click on one request card as Slack sends it (<c>block_actions</c>: user, container, channel, the message
/// as it is, the action with its value and a fresh <c>action_ts</c>, a trigger id), written from Slack's documented
/// payload shape so that building it costs nothing inside the timed part.
/// </summary>
internal sealed class AckClick(SlackSimulatorOptions options, SimMessage card, string actionId)
{
    private readonly JsonObject _message = Message(card);
    private readonly (string BlockId, JsonObject Element) _button = Find(card, actionId);

    public JsonObject Payload(SimUser user, string triggerId, string actionTs)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (blockId, element) = _button;
        var action = new JsonObject
        {
            ["action_id"] = actionId,
            ["block_id"] = blockId,
            ["text"] = element["text"]?.DeepClone(),
            ["type"] = "button",
            ["value"] = element["value"]?.DeepClone(),
            ["action_ts"] = actionTs,
        };
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user.Id, ["username"] = user.Name, ["name"] = user.Name, ["team_id"] = options.TeamId },
            ["api_app_id"] = options.AppId,
            ["token"] = "benchVerificationToken01",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = card.Ts, ["channel_id"] = card.Channel, ["is_ephemeral"] = false },
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = options.TeamId, ["domain"] = options.TeamDomain },
            ["enterprise"] = null,
            ["is_enterprise_install"] = false,
            ["channel"] = new JsonObject { ["id"] = card.Channel },
            ["message"] = _message.DeepClone(),
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["actions"] = new JsonArray(action),
        };
    }

    public static string ActionTs(DateTimeOffset now, int sequence) =>
        now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + sequence.ToString("D6", CultureInfo.InvariantCulture);

    private static JsonObject Message(SimMessage card) => new()
    {
        ["type"] = "message",
        ["user"] = card.UserId,
        ["bot_id"] = card.BotId,
        ["text"] = card.Text,
        ["ts"] = card.Ts,
        ["blocks"] = card.Blocks(),
    };

    private static (string BlockId, JsonObject Element) Find(SimMessage card, string actionId)
    {
        var blocks = card.Blocks() ?? throw new InvalidOperationException($"Card {card.Ts} has no blocks.");
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is JsonObject { } block && block["elements"] is JsonArray elements
                && elements.OfType<JsonObject>().FirstOrDefault(e => e["action_id"]?.GetValue<string>() == actionId) is { } element)
            {
                return (block["block_id"]?.GetValue<string>() ?? $"b{i}", element);
            }
        }

        throw new InvalidOperationException($"Card {card.Ts} has no {actionId} button.");
    }
}
