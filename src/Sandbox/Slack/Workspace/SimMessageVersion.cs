namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>A message's content before an edit replaced it.</summary>
public sealed record SimMessageVersion(string Text, string? BlocksJson, DateTimeOffset ReplacedAt);
