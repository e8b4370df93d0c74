namespace ChatOps.Sandbox.Slack.Workspace;

internal sealed record SimTrigger(string Id, string UserId, DateTimeOffset IssuedAt, bool Used = false);
