namespace ChatOps.Bot.Slack.Payloads;

/// <summary>The <c>app_home_opened</c> event: <see cref="Tab"/> is <c>home</c> or <c>messages</c>.</summary>
internal sealed record AppHomeOpened(string User, string? Channel = null, string? Tab = null, string? EventTs = null, ViewPayload? View = null)
{
    public const string EventType = "app_home_opened";
}
