namespace ChatOps.Tests.Slack.Support;

/// <summary>A scoped service; a different id per request shows handlers get a fresh DI scope.</summary>
internal sealed class ScopeProbe
{
    public Guid Id { get; } = Guid.NewGuid();
}
