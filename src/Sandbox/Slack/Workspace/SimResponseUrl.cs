namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>A response_url: who it answers, where, and (for buttons on messages) which message it may replace.</summary>
internal sealed record SimResponseUrl(string Id, string UserId, string Channel, string? MessageTs, DateTimeOffset IssuedAt, int Uses = 0);
