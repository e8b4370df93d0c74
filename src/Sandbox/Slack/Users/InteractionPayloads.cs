using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Directory;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack.Users;

/// <summary>Payloads in the shapes Slack sends (slash command fields, block_actions, view_submission, view_closed, event_callback).</summary>
internal sealed class InteractionPayloads(SimulatorCore core)
{
    private const string VerificationToken = "sandboxVerificationToken01";

    private SlackSimulatorOptions Options => core.Options;

    public JsonObject Command(SimUser user, SimChannel channel, string command, string text, string triggerId, Uri responseUrl) => new()
    {
        ["token"] = VerificationToken,
        ["team_id"] = Options.TeamId,
        ["team_domain"] = Options.TeamDomain,
        ["channel_id"] = channel.Id,
        ["channel_name"] = channel.Name,
        ["user_id"] = user.Id,
        ["user_name"] = user.Name,
        ["command"] = command,
        ["text"] = text,
        ["api_app_id"] = Options.AppId,
        ["is_enterprise_install"] = "false",
        ["response_url"] = responseUrl.ToString(),
        ["trigger_id"] = triggerId,
    };

    public JsonObject BlockActions(SimUser user, JsonObject container, JsonObject action, string triggerId, Uri? responseUrl, SimMessage? message, SimView? view)
    {
        var payload = Common("block_actions", user);
        payload["container"] = container;
        payload["trigger_id"] = triggerId;
        payload["state"] = new JsonObject { ["values"] = new JsonObject() };
        payload["actions"] = new JsonArray(action);
        if (message is not null)
        {
            var channel = core.Workspace.Channel(message.Channel);
            payload["channel"] = new JsonObject { ["id"] = message.Channel, ["name"] = channel?.Name };
            payload["message"] = message.ToJson(Options.AppId, Options.TeamId);
        }

        if (view is not null)
        {
            payload["view"] = view.ToPayload(Options);
        }

        if (responseUrl is not null)
        {
            payload["response_url"] = responseUrl.ToString();
        }

        return payload;
    }

    public JsonObject ViewSubmission(SimUser user, SimView view, JsonObject stateValues, string triggerId)
    {
        var payload = Common("view_submission", user);
        payload["trigger_id"] = triggerId;
        payload["view"] = view.ToPayload(Options, stateValues);
        payload["response_urls"] = new JsonArray();
        return payload;
    }

    public JsonObject ViewClosed(SimUser user, SimView view, bool cleared)
    {
        var payload = Common("view_closed", user);
        payload["view"] = view.ToPayload(Options);
        payload["is_cleared"] = cleared;
        return payload;
    }

    public JsonObject EventCallback(JsonObject @event) => new()
    {
        ["token"] = VerificationToken,
        ["team_id"] = Options.TeamId,
        ["api_app_id"] = Options.AppId,
        ["event"] = @event,
        ["type"] = "event_callback",
        ["event_id"] = core.Ids.EventId(),
        ["event_time"] = core.Now.ToUnixTimeSeconds(),
        ["authorizations"] = new JsonArray(new JsonObject
        {
            ["enterprise_id"] = null,
            ["team_id"] = Options.TeamId,
            ["user_id"] = Options.BotUserId,
            ["is_bot"] = true,
            ["is_enterprise_install"] = false,
        }),
        ["is_ext_shared_channel"] = false,
        ["event_context"] = "4-" + SimIds.Code(24).ToLowerInvariant(),
    };

    private JsonObject Common(string type, SimUser user) => new()
    {
        ["type"] = type,
        ["user"] = new JsonObject { ["id"] = user.Id, ["username"] = user.Name, ["name"] = user.Name, ["team_id"] = Options.TeamId },
        ["api_app_id"] = Options.AppId,
        ["token"] = VerificationToken,
        ["team"] = new JsonObject { ["id"] = Options.TeamId, ["domain"] = Options.TeamDomain },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
    };
}
