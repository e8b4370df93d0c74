namespace ChatOps.Tests.Slack.Support;

/// <summary>A generous safety net for awaiting real signals: a hang fails the test instead of blocking the run.</summary>
internal static class Deadline
{
    public static CancellationToken Token(int seconds = 30)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        source.CancelAfter(TimeSpan.FromSeconds(seconds));
        return source.Token;
    }
}
