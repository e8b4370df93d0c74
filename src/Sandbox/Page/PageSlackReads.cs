using System.Text.Json.Nodes;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>What the page shows of Slack, read from the simulator's stored messages and views.</summary>
internal sealed class PageSlackReads(SandboxWorld world)
{
    public Task ChannelAsync(HttpContext http, string channel)
    {
        var slack = world.Slack;
        if (slack.Workspace.Channel(channel) is null)
        {
            return PageJson.ErrorAsync(http, StatusCodes.Status404NotFound, $"No channel {channel}.");
        }

        var user = http.Request.Query["user"].ToString();
        var messages = slack.Workspace.Messages(channel).Where(m => m.ThreadTs is null || m.ThreadTs == m.Ts);
        var ephemerals = slack.Workspace.Ephemerals(user).Where(e => e.Channel == channel && e.ThreadTs is null);
        return PageJson.WriteAsync(http, new JsonObject { ["channel"] = channel, ["items"] = MessageJson.Timeline(messages, ephemerals, slack) });
    }

    public Task ThreadAsync(HttpContext http, string channel, string ts)
    {
        var slack = world.Slack;
        if (slack.Workspace.Message(channel, ts) is not { } parent)
        {
            return PageJson.ErrorAsync(http, StatusCodes.Status404NotFound, $"No message {ts} in {channel}.");
        }

        var user = http.Request.Query["user"].ToString();
        var ephemerals = slack.Workspace.Ephemerals(user).Where(e => e.Channel == channel && e.ThreadTs == ts);
        return PageJson.WriteAsync(http, new JsonObject
        {
            ["parent"] = MessageJson.Message(parent, slack),
            ["replies"] = MessageJson.Timeline(slack.Workspace.Replies(channel, ts), ephemerals, slack),
        });
    }

    public Task ViewsAsync(HttpContext http, string user)
    {
        var views = world.Slack.Views;
        return PageJson.WriteAsync(http, new JsonObject
        {
            ["modals"] = PageJson.Array(views.OpenModals(user).Select(ViewJson.View)),
            ["home"] = views.Home(user) is { } home ? ViewJson.View(home) : null,
        });
    }

    public Task WorldAsync(HttpContext http, SampleCatalog samples) =>
        PageJson.WriteAsync(http, new JsonObject
        {
            ["workspace"] = world.Slack.Options.TeamDomain,
            ["bot"] = new JsonObject { ["id"] = world.Slack.Options.BotUserId, ["name"] = world.Slack.Options.BotName },
            ["command"] = "/provision",
            ["defaultUser"] = world.Cast.Approver1.Id,
            ["people"] = PageJson.Array(world.Cast.People.Select(p => new JsonObject
            {
                ["key"] = p.Key,
                ["id"] = p.Id,
                ["name"] = p.User.Name,
                ["realName"] = p.DisplayName,
                ["role"] = p.Role.ToString(),
                ["roleLabel"] = p.RoleLabel,
            })),
            ["groups"] = PageJson.Array([new JsonObject { ["id"] = world.Cast.Approvers.Id, ["handle"] = world.Cast.Approvers.Handle }]),
            ["channels"] = PageJson.Array(world.Channels.All.Select(c => new JsonObject { ["id"] = c.Id, ["name"] = c.Name })),
            ["samples"] = samples.ToJson(),
            ["ociFaults"] = PageJson.Array(OciFaultBoard.Kinds.Select(k => new JsonObject
            {
                ["kind"] = k.Kind,
                ["label"] = k.Label,
                ["defaultCount"] = k.DefaultCount,
            })),
        });
}
