using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>auth.test, users.info, usergroups.users.list and conversations.info over the configured directory.</summary>
internal sealed class DirectoryMethods(SimulatorCore core)
{
    public ApiResult AuthTest(ApiCall call) => ApiResult.Ok(new JsonObject
    {
        ["url"] = $"https://{core.Options.TeamDomain}.slack.com/",
        ["team"] = core.Options.TeamDomain,
        ["user"] = core.Options.BotName,
        ["team_id"] = core.Options.TeamId,
        ["user_id"] = core.Options.BotUserId,
        ["bot_id"] = core.Options.BotId,
        ["app_id"] = core.Options.AppId,
        ["is_enterprise_install"] = false,
    });

    public ApiResult UsersInfo(ApiCall call)
    {
        if (ScopeCheck.Require(core.Options, "users:read") is { } denied)
        {
            return denied;
        }

        if (core.Workspace.User(call.Text("user")) is not { } user)
        {
            return ApiResult.Error("user_not_found");
        }

        var profile = new JsonObject { ["display_name"] = user.Name, ["real_name"] = user.RealName };
        if (user.Email is not null && core.Options.Scopes.Contains("users:read.email"))
        {
            profile["email"] = user.Email;
        }

        return ApiResult.Ok(new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = user.Id,
                ["team_id"] = core.Options.TeamId,
                ["name"] = user.Name,
                ["real_name"] = user.RealName,
                ["deleted"] = user.Deleted,
                ["is_bot"] = user.IsBot,
                ["is_admin"] = false,
                ["tz"] = user.Tz,
                ["profile"] = profile,
            },
        });
    }

    public ApiResult UserGroupMembers(ApiCall call)
    {
        if (ScopeCheck.Require(core.Options, "usergroups:read") is { } denied)
        {
            return denied;
        }

        return core.Workspace.UserGroup(call.Text("usergroup")) is { } group
            ? ApiResult.Ok(new JsonObject { ["users"] = new JsonArray([.. group.Members.Select(m => (JsonNode)m)]) })
            : ApiResult.Error("no_such_subteam");
    }

    public ApiResult ConversationInfo(ApiCall call)
    {
        var channel = core.Workspace.Channel(call.Text("channel"));
        if (channel is null || (channel.IsPrivate && !channel.BotIsMember))
        {
            return ApiResult.Error("channel_not_found");
        }

        var isIm = channel.Id.StartsWith('D');
        if (ScopeCheck.Require(core.Options, isIm ? "im:read" : channel.IsPrivate ? "groups:read" : "channels:read") is { } denied)
        {
            return denied;
        }

        return ApiResult.Ok(new JsonObject
        {
            ["channel"] = new JsonObject
            {
                ["id"] = channel.Id,
                ["name"] = channel.Name,
                ["is_channel"] = !channel.IsPrivate,
                ["is_group"] = channel.IsPrivate && !isIm,
                ["is_im"] = isIm,
                ["is_private"] = channel.IsPrivate,
                ["is_archived"] = channel.IsArchived,
                ["is_member"] = channel.BotIsMember,
            },
        });
    }
}
