namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// A failed Web API call as a value. <see cref="Code"/> is Slack's <c>error</c> (e.g. <c>channel_not_found</c>,
/// <c>missing_scope</c>, <c>ratelimited</c>), or one of ours for failures below the API:
/// <c>request_failed</c> (no HTTP answer), <c>invalid_response</c> (not Slack JSON), <c>http_&lt;status&gt;</c>.
/// </summary>
internal sealed record SlackApiError(
    string Method,
    string Code,
    int HttpStatus,
    string? Needed = null,
    string? Provided = null,
    IReadOnlyList<string>? Messages = null,
    TimeSpan? RetryAfter = null)
{
    public const string RequestFailed = "request_failed";
    public const string InvalidResponse = "invalid_response";
    public const string RateLimited = "ratelimited";

    public override string ToString()
    {
        var text = $"{Method}: {Code} (HTTP {HttpStatus})";
        if (Needed is not null)
        {
            text += $", needed {Needed}, provided {Provided}";
        }

        return Messages is { Count: > 0 } ? text + ": " + string.Join("; ", Messages) : text;
    }
}
