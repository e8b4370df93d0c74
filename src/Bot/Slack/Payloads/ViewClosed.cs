namespace ChatOps.Bot.Slack.Payloads;

/// <summary>Sent only for views opened with <c>notify_on_close</c>.</summary>
internal sealed record ViewClosed(SlackUserRef User, ViewPayload View, SlackTeamRef? Team = null, string? ApiAppId = null, bool IsCleared = false) : SlackPayload;
