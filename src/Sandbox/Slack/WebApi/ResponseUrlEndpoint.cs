using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Workspace;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>
/// response_url: ephemeral by default, <c>in_channel</c> posts, <c>replace_original</c>/<c>delete_original</c>
/// act on the message whose button was clicked. 5 uses within 30 minutes.
/// </summary>
internal sealed class ResponseUrlEndpoint(SimulatorCore core)
{
    private const string Via = "response_url";

    public async Task HandleAsync(HttpContext http, string id)
    {
        var (grant, error) = core.Grants.UseResponseUrl(id);
        var result = grant is null ? (404, error!) : await ApplyAsync(http.Request, grant);
        http.Response.StatusCode = result.Item1;
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = result.Item1 == 200 ? new JsonObject { ["ok"] = true } : new JsonObject { ["ok"] = false, ["error"] = result.Item2 };
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    private async Task<(int, string)> ApplyAsync(HttpRequest request, SimResponseUrl grant)
    {
        JsonObject message;
        try
        {
            message = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return (400, "invalid_payload");
        }

        var call = new ApiCall(Via, message, TokenKind.Bot);
        var (content, invalid) = MessageContent.Read(call);
        if (content is null)
        {
            return (400, invalid!.Body["error"]!.GetValue<string>());
        }

        var text = content.Text ?? "";
        if (call.Flag("delete_original") && grant.MessageTs is { } deleted && core.Workspace.Delete(grant.Channel, deleted))
        {
            core.Record(SlackActivityKind.MessageDeleted, Via, grant.Channel, deleted);
            return (200, "");
        }

        if (call.Flag("replace_original") && grant.MessageTs is { } ts && core.Workspace.Edit(grant.Channel, ts, text, content.BlocksJson, true, core.Now) is { } edited)
        {
            core.Record(SlackActivityKind.MessageUpdated, Via, edited.Channel, edited.Ts, edited.ThreadTs, text: edited.Text, blocksJson: edited.BlocksJson);
            return (200, "");
        }

        var threadTs = call.Text("thread_ts");
        if (call.Text("response_type") == "in_channel")
        {
            var posted = core.Workspace.Post(new SimMessage(grant.Channel, core.Ids.NextTs(), threadTs, core.Options.BotUserId, core.Options.BotId, text, content.BlocksJson, []));
            core.Record(SlackActivityKind.MessagePosted, Via, posted.Channel, posted.Ts, posted.ThreadTs, text: text, blocksJson: content.BlocksJson);
            return (200, "");
        }

        var ephemeral = new SimEphemeral(grant.Channel, grant.UserId, core.Ids.NextTs(), threadTs, text, content.BlocksJson, Via);
        core.Workspace.AddEphemeral(ephemeral);
        core.Record(SlackActivityKind.EphemeralPosted, Via, ephemeral.Channel, ephemeral.Ts, threadTs, ephemeral.UserId, text: text, blocksJson: content.BlocksJson);
        return (200, "");
    }
}
