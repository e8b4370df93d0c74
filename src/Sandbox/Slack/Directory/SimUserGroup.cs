namespace ChatOps.Sandbox.Slack.Directory;

/// <summary>A user group (S…), e.g. the approvers.</summary>
public sealed record SimUserGroup(string Id, string Handle, IReadOnlyList<string> Members);
