using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.Directory;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack.Users;

/// <summary>
/// Acts as one workspace member: types slash commands, clicks buttons on messages and views, submits and closes
/// modals, opens App Home. Each action is delivered to the bot like Slack would and the answer applied.
/// </summary>
public sealed partial class SimulatedUser
{
    private readonly SimulatorCore _core;
    private readonly BotDelivery _delivery;
    private readonly InteractionPayloads _payloads;

    internal SimulatedUser(SimulatorCore core, BotDelivery delivery, SimUser user)
    {
        _core = core;
        _delivery = delivery;
        _payloads = new InteractionPayloads(core);
        User = user;
    }

    public SimUser User { get; }

    /// <summary>Types e.g. <c>/provision status 12</c> in a channel (default: the first channel the user is in).</summary>
    public async Task<CommandOutcome> RunCommandAsync(string commandLine, string? channelId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var line = commandLine.Trim();
        if (!line.StartsWith('/'))
        {
            throw new ArgumentException("A slash command starts with '/'.", nameof(commandLine));
        }

        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var (command, text) = space < 0 ? (line, "") : (line[..space], line[(space + 1)..]);
        var channel = channelId is null
            ? _core.Workspace.Channels.First(c => !c.IsPrivate && c.HasMember(User.Id))
            : _core.Workspace.Channel(channelId) ?? throw new ArgumentException($"No channel {channelId}.", nameof(channelId));
        var trigger = _core.Grants.IssueTrigger(User.Id);
        var responseUrl = ResponseUrl(channel.Id, null);
        var answer = await _delivery.CommandAsync(_payloads.Command(User, channel, command, text, trigger, responseUrl), cancellationToken);
        return new CommandOutcome(answer, trigger, responseUrl, ShowReply(answer.Payload, channel.Id));
    }

    /// <summary>Clicks the element with this action_id on a message, as the message currently is.</summary>
    public Task<DeliveryResult> ClickAsync(string channelId, string messageTs, string actionId, CancellationToken cancellationToken = default)
    {
        var message = _core.Workspace.Message(channelId, messageTs) ?? throw new InvalidOperationException($"No message {messageTs} in {channelId}.");
        var (blockId, element) = FindElement(message.Blocks(), actionId);
        var container = new JsonObject
        {
            ["type"] = "message",
            ["message_ts"] = message.Ts,
            ["channel_id"] = message.Channel,
            ["is_ephemeral"] = false,
        };
        if (message.ThreadTs is not null)
        {
            container["thread_ts"] = message.ThreadTs;
        }

        var payload = _payloads.BlockActions(User, container, Action(element, blockId), _core.Grants.IssueTrigger(User.Id), ResponseUrl(message.Channel, message.Ts), message, null);
        return _delivery.InteractionAsync(payload, true, cancellationToken);
    }

    /// <summary>Clicks an element in a modal or on the Home tab (no response_url there).</summary>
    public Task<DeliveryResult> ClickInViewAsync(string viewId, string actionId, CancellationToken cancellationToken = default)
    {
        var view = _core.Views.Get(viewId) ?? throw new InvalidOperationException($"No view {viewId}.");
        var (blockId, element) = FindElement(view.Definition()["blocks"] as JsonArray, actionId);
        var container = new JsonObject { ["type"] = "view", ["view_id"] = view.Id };
        var payload = _payloads.BlockActions(User, container, Action(element, blockId), _core.Grants.IssueTrigger(User.Id), null, null, view);
        return _delivery.InteractionAsync(payload, true, cancellationToken);
    }

    /// <summary>Writes a plain message as this user (the bot subscribes to no message events, so nothing is delivered).</summary>
    public SimMessage Say(string channelId, string text, string? threadTs = null)
    {
        var channel = _core.Workspace.Channel(channelId) ?? throw new ArgumentException($"No channel {channelId}.", nameof(channelId));
        return _core.Workspace.Post(new SimMessage(channel.Id, _core.Ids.NextTs(), threadTs, User.Id, null, text, null, []));
    }

    /// <summary>A trigger id as an interaction by this user would carry (valid once, for the trigger lifetime).</summary>
    public string IssueTrigger() => _core.Grants.IssueTrigger(User.Id);

    /// <summary>Opens the App Home tab: Slack sends <c>app_home_opened</c>.</summary>
    public async Task<EventDelivery> OpenAppHomeAsync(CancellationToken cancellationToken = default)
    {
        var @event = new JsonObject
        {
            ["type"] = "app_home_opened",
            ["user"] = User.Id,
            ["channel"] = SlackWorkspace.DirectMessageChannel(User.Id),
            ["tab"] = "home",
            ["event_ts"] = _core.Ids.NextTs(),
        };
        if (_core.Views.Home(User.Id) is { } home)
        {
            @event["view"] = home.ToPayload(_core.Options);
        }

        var callback = _payloads.EventCallback(@event);
        return new EventDelivery(callback["event_id"]!.GetValue<string>(), await _delivery.EventAsync(callback, cancellationToken));
    }

    private Uri ResponseUrl(string channelId, string? messageTs) =>
        new(_core.BaseUri, $"response/{_core.Grants.IssueResponseUrl(User.Id, channelId, messageTs)}");

    // An answer in a command's ack is shown like a response_url message: ephemeral unless in_channel.
    private SimEphemeral? ShowReply(JsonObject? reply, string channelId)
    {
        if (reply is null || (reply["text"] is null && reply["blocks"] is null))
        {
            return null;
        }

        var text = reply["text"]?.GetValue<string>() ?? "";
        var blocks = reply["blocks"]?.ToJsonString();
        if (reply["response_type"]?.GetValue<string>() == "in_channel")
        {
            var posted = _core.Workspace.Post(new SimMessage(channelId, _core.Ids.NextTs(), null, _core.Options.BotUserId, _core.Options.BotId, text, blocks, []));
            _core.Record(SlackActivityKind.MessagePosted, "ack", channelId, posted.Ts, text: text, blocksJson: blocks);
            return null;
        }

        var ephemeral = new SimEphemeral(channelId, User.Id, _core.Ids.NextTs(), null, text, blocks, "ack");
        _core.Workspace.AddEphemeral(ephemeral);
        _core.Record(SlackActivityKind.EphemeralPosted, "ack", channelId, ephemeral.Ts, userId: User.Id, text: text, blocksJson: blocks);
        return ephemeral;
    }

    private JsonObject Action(JsonObject element, string blockId)
    {
        var action = new JsonObject
        {
            ["action_id"] = element["action_id"]?.DeepClone(),
            ["block_id"] = blockId,
            ["text"] = element["text"]?.DeepClone(),
            ["type"] = element["type"]?.DeepClone(),
            ["action_ts"] = _core.Ids.NextTs(),
        };
        if (element["value"] is { } value)
        {
            action["value"] = value.DeepClone();
        }

        if (element["style"] is { } style)
        {
            action["style"] = style.DeepClone();
        }

        return action;
    }

    private static (string BlockId, JsonObject Element) FindElement(JsonArray? blocks, string actionId)
    {
        for (var i = 0; i < (blocks?.Count ?? 0); i++)
        {
            if (blocks![i] is not JsonObject block)
            {
                continue;
            }

            var candidates = block["elements"] is JsonArray elements ? elements.OfType<JsonObject>() : [];
            if (block["accessory"] is JsonObject accessory)
            {
                candidates = candidates.Append(accessory);
            }

            if (candidates.FirstOrDefault(e => e["action_id"]?.GetValue<string>() == actionId) is { } found)
            {
                return (BlockId(block, i), found);
            }
        }

        throw new InvalidOperationException($"No element with action_id {actionId}.");
    }

    // Slack gives blocks without an id a generated one; this one is stable per position.
    private static string BlockId(JsonObject block, int index) => block["block_id"]?.GetValue<string>() ?? $"b{index}";
}
