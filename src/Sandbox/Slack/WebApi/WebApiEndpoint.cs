using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.SocketMode;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>
/// <c>/api/{method}</c>: outage (503) → rate limits (429 + Retry-After) → arguments → token
/// (<c>not_authed</c>, <c>invalid_auth</c>, <c>not_allowed_token_type</c>) → the method.
/// </summary>
internal sealed class WebApiEndpoint
{
    private readonly SimulatorCore _core;
    private readonly MethodRateLimiter _limiter;
    private readonly Dictionary<string, Func<ApiCall, ApiResult>> _methods;

    public WebApiEndpoint(SimulatorCore core, SocketModeHub hub)
    {
        _core = core;
        _limiter = new MethodRateLimiter(core.Options);
        var chat = new ChatMethods(core);
        var views = new ViewMethods(core);
        var directory = new DirectoryMethods(core);
        _methods = new(StringComparer.Ordinal)
        {
            ["auth.test"] = directory.AuthTest,
            ["chat.postMessage"] = chat.PostMessage,
            ["chat.update"] = chat.Update,
            ["chat.postEphemeral"] = chat.PostEphemeral,
            ["views.open"] = views.Open,
            ["views.update"] = views.Update,
            ["views.publish"] = views.Publish,
            ["users.info"] = directory.UsersInfo,
            ["usergroups.users.list"] = directory.UserGroupMembers,
            ["conversations.info"] = directory.ConversationInfo,
            ["apps.connections.open"] = hub.OpenConnection,
        };
    }

    public async Task HandleAsync(HttpContext http, string method)
    {
        if (_core.Faults.Outage)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/html";
            await http.Response.WriteAsync("<html><body>Service Unavailable</body></html>", http.RequestAborted);
            return;
        }

        var result = await ProcessAsync(http.Request, method);
        http.Response.StatusCode = result.Status;
        if (result.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(result.Body.ToJsonString(), http.RequestAborted);
    }

    private async Task<ApiResult> ProcessAsync(HttpRequest request, string method)
    {
        if (!_methods.TryGetValue(method, out var handler))
        {
            return ApiResult.Error("unknown_method", status: StatusCodes.Status404NotFound);
        }

        if ((_core.Faults.TakeRateLimit(method) ?? _limiter.Check(method)) is { } wait)
        {
            return ApiResult.RateLimited(wait);
        }

        var (call, error, withoutCharset) = await ApiCallReader.ReadAsync(request, method, _core.Options);
        if (call is null)
        {
            return error!;
        }

        var appMethod = method == "apps.connections.open";
        var refused = call.Token switch
        {
            TokenKind.None => "not_authed",
            TokenKind.Unknown => "invalid_auth",
            TokenKind.App when !appMethod => "not_allowed_token_type",
            TokenKind.Bot when appMethod => "not_allowed_token_type",
            _ => null,
        };
        if (refused is not null)
        {
            return ApiResult.Error(refused);
        }

        var result = handler(call);
        if (withoutCharset && result.Body["ok"]?.GetValue<bool>() == true)
        {
            result.Body["warning"] = "missing_charset";
            result.Body["response_metadata"] = new JsonObject { ["warnings"] = new JsonArray("missing_charset") };
        }

        return result;
    }
}
