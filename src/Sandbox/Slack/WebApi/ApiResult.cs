using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>An HTTP answer of the simulated Web API. Slack answers most errors with HTTP 200 and <c>ok:false</c>.</summary>
internal sealed record ApiResult(int Status, JsonObject Body, TimeSpan? RetryAfter = null)
{
    public static ApiResult Ok(JsonObject? fields = null)
    {
        var body = new JsonObject { ["ok"] = true };
        foreach (var (key, value) in fields ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return new(200, body);
    }

    public static ApiResult Error(string code, JsonObject? extra = null, int status = 200)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = code };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return new(status, body);
    }

    /// <summary>An error with details, as Slack reports argument problems: <c>response_metadata.messages</c>.</summary>
    public static ApiResult Invalid(string code, IReadOnlyList<string> errors) => Error(code, new JsonObject
    {
        ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e)]),
        ["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. errors.Select(e => (JsonNode)("[ERROR] " + e))]) },
    });

    public static ApiResult RateLimited(TimeSpan retryAfter) => new(429, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfter);
}
