namespace ChatOps.Bot.Slack;

/// <summary>The <c>Slack</c> configuration section (design §6). Tokens come from the environment, never from files.</summary>
internal sealed record SlackOptions
{
    public const string Section = "Slack";

    public string BotToken { get; init; } = "";

    public string AppToken { get; init; } = "";

    public string SigningSecret { get; init; } = "";

    public SlackMode Mode { get; init; } = SlackMode.SocketMode;

    public string ApiBaseUrl { get; init; } = "https://slack.com/api/";

    public string ChannelId { get; init; } = "";

    public string OpsChannelId { get; init; } = "";

    public string AuditChannelId { get; init; } = "";

    public string Command { get; init; } = "/provision";

    public string Language { get; init; } = "ja";

    // Relative method names ("chat.postMessage") resolve under the base only when it ends with a slash.
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
