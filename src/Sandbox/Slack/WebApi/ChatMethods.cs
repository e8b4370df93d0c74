using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Directory;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>chat.postMessage, chat.update and chat.postEphemeral with Slack's checks and errors.</summary>
internal sealed class ChatMethods(SimulatorCore core)
{
    private const int MaxStoredText = 40_000;
    private const int MaxEditText = 4_000;

    public ApiResult PostMessage(ApiCall call)
    {
        if (ScopeCheck.Require(core.Options, "chat:write") is { } denied)
        {
            return denied;
        }

        var (channel, refused) = PostableChannel(call.Text("channel"));
        if (channel is null)
        {
            return refused!;
        }

        var (content, invalid) = MessageContent.Read(call);
        if (content is null)
        {
            return invalid!;
        }

        if (string.IsNullOrEmpty(content.Text) && content.BlocksJson is null)
        {
            return ApiResult.Error("no_text");
        }

        var text = content.Text ?? "";
        var message = core.Workspace.Post(new SimMessage(
            channel.Id,
            core.Ids.NextTs(),
            call.Text("thread_ts"),
            core.Options.BotUserId,
            core.Options.BotId,
            text.Length > MaxStoredText ? text[..MaxStoredText] : text,
            content.BlocksJson,
            []));
        core.Record(SlackActivityKind.MessagePosted, call.Method, message.Channel, message.Ts, message.ThreadTs, text: message.Text, blocksJson: message.BlocksJson);
        return ApiResult.Ok(new JsonObject { ["channel"] = message.Channel, ["ts"] = message.Ts, ["message"] = Json(message) });
    }

    public ApiResult Update(ApiCall call)
    {
        if (ScopeCheck.Require(core.Options, "chat:write") is { } denied)
        {
            return denied;
        }

        if (core.Workspace.Channel(call.Text("channel")) is not { } channel)
        {
            return ApiResult.Error("channel_not_found");
        }

        var ts = call.Text("ts");
        if (ts is null || core.Workspace.Message(channel.Id, ts) is not { } original)
        {
            return ApiResult.Error("message_not_found");
        }

        if (original.BotId != core.Options.BotId)
        {
            return ApiResult.Error("cant_update_message");
        }

        var (content, invalid) = MessageContent.Read(call);
        if (content is null)
        {
            return invalid!;
        }

        if (content.Text is null && !content.HasBlocks)
        {
            return ApiResult.Error("no_text");
        }

        if (content.Text is { Length: > MaxEditText })
        {
            return ApiResult.Error("msg_too_long");
        }

        var edited = core.Workspace.Edit(channel.Id, ts, content.Text ?? "", content.BlocksJson, content.HasBlocks, core.Now)!;
        core.Record(SlackActivityKind.MessageUpdated, call.Method, edited.Channel, edited.Ts, edited.ThreadTs, text: edited.Text, blocksJson: edited.BlocksJson);
        return ApiResult.Ok(new JsonObject { ["channel"] = edited.Channel, ["ts"] = edited.Ts, ["text"] = edited.Text, ["message"] = Json(edited) });
    }

    public ApiResult PostEphemeral(ApiCall call)
    {
        if (ScopeCheck.Require(core.Options, "chat:write") is { } denied)
        {
            return denied;
        }

        var (channel, refused) = PostableChannel(call.Text("channel"));
        if (channel is null)
        {
            return refused!;
        }

        if (core.Workspace.User(call.Text("user")) is not { } user)
        {
            return ApiResult.Error("user_not_found");
        }

        if (!channel.HasMember(user.Id))
        {
            return ApiResult.Error("user_not_in_channel");
        }

        var (content, invalid) = MessageContent.Read(call);
        if (content is null)
        {
            return invalid!;
        }

        if (string.IsNullOrEmpty(content.Text) && content.BlocksJson is null)
        {
            return ApiResult.Error("no_text");
        }

        if (content.Text is { Length: > MaxEditText })
        {
            return ApiResult.Error("msg_too_long");
        }

        var ts = core.Ids.NextTs();
        core.Workspace.AddEphemeral(new SimEphemeral(channel.Id, user.Id, ts, call.Text("thread_ts"), content.Text ?? "", content.BlocksJson, call.Method));
        core.Record(SlackActivityKind.EphemeralPosted, call.Method, channel.Id, ts, call.Text("thread_ts"), user.Id, text: content.Text, blocksJson: content.BlocksJson);
        return ApiResult.Ok(new JsonObject { ["message_ts"] = ts });
    }

    private (SimChannel? Channel, ApiResult? Error) PostableChannel(string? id)
    {
        var channel = core.Workspace.Channel(id);
        if (channel is null || (channel.IsPrivate && !channel.BotIsMember))
        {
            return (null, ApiResult.Error("channel_not_found"));
        }

        if (channel.IsArchived)
        {
            return (null, ApiResult.Error("is_archived"));
        }

        return channel.BotIsMember ? (channel, null) : (null, ApiResult.Error("not_in_channel"));
    }

    private JsonObject Json(SimMessage message) => message.ToJson(core.Options.AppId, core.Options.TeamId);
}
