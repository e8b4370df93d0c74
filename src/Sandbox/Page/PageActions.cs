using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// The page's clicks and keystrokes, done through the simulator's act-as-user API: the bot receives exactly the
/// payloads Slack would send, over Socket Mode.
/// </summary>
internal sealed class PageActions(SandboxWorld world)
{
    public Task CommandAsync(HttpContext http) => ActAsync(http, async (request, user, ct) =>
    {
        var text = Required(request.Text, "text");
        if (!text.TrimStart().StartsWith('/'))
        {
            var said = user.Say(Required(request.Channel, "channel"), text);
            return new JsonObject { ["posted"] = said.Ts };
        }

        var outcome = await user.RunCommandAsync(text, Required(request.Channel, "channel"), ct);
        return Delivered(outcome.Delivery, new JsonObject { ["reply"] = outcome.Reply?.Text });
    });

    public Task ClickAsync(HttpContext http) => ActAsync(http, async (request, user, ct) =>
        Delivered(await user.ClickAsync(Required(request.Channel, "channel"), Required(request.Ts, "ts"), Required(request.ActionId, "actionId"), ct)));

    public Task ClickInViewAsync(HttpContext http) => ActAsync(http, async (request, user, ct) =>
        Delivered(await user.ClickInViewAsync(Required(request.ViewId, "viewId"), Required(request.ActionId, "actionId"), ct)));

    public Task SubmitAsync(HttpContext http) => ActAsync(http, async (request, user, ct) =>
    {
        var values = new ViewValues();
        foreach (var (actionId, text) in request.TextValues ?? [])
        {
            values.Text(actionId, text);
        }

        foreach (var (actionId, chosen) in request.CheckedValues ?? [])
        {
            values.Check(actionId, chosen);
        }

        var outcome = await user.SubmitViewAsync(Required(request.ViewId, "viewId"), values, ct);
        var errors = new JsonObject();
        foreach (var (blockId, message) in outcome.Errors ?? new Dictionary<string, string>())
        {
            errors[blockId] = message;
        }

        return new JsonObject
        {
            ["acknowledged"] = outcome.Delivery?.Acknowledged ?? false,
            ["action"] = outcome.Action,
            ["errors"] = errors,
        };
    });

    public Task CloseAsync(HttpContext http) => ActAsync(http, async (request, user, ct) =>
        new JsonObject { ["notified"] = await user.CloseViewAsync(Required(request.ViewId, "viewId"), ct) });

    public Task OpenHomeAsync(HttpContext http) => ActAsync(http, async (_, user, ct) =>
        Delivered((await user.OpenAppHomeAsync(ct)).Delivery));

    private async Task ActAsync(HttpContext http, Func<ActRequest, SimulatedUser, CancellationToken, Task<JsonObject>> act)
    {
        if (await PageJson.ReadAsync<ActRequest>(http) is not { } request)
        {
            return;
        }

        if (world.Slack.Workspace.User(request.User) is null)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status400BadRequest, $"No user {request.User} in the sandbox workspace.");
            return;
        }

        JsonObject answer;
        try
        {
            answer = await act(request, world.Slack.As(request.User), http.RequestAborted);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // The message, view or element is gone (e.g. the bot replaced it meanwhile); the page shows why.
            await PageJson.ErrorAsync(http, StatusCodes.Status409Conflict, ex.Message);
            return;
        }

        await PageJson.WriteAsync(http, answer);
    }

    private static JsonObject Delivered(DeliveryResult delivery, JsonObject? extra = null)
    {
        var answer = extra ?? [];
        answer["acknowledged"] = delivery.Acknowledged;
        return answer;
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is required.", name) : value;
}
