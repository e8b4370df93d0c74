namespace ChatOps.Provisioning.Gcas.Polling;

/// <summary>
/// The poller as readiness checks and the watchdog see it. <see cref="LastError"/> is a summary safe for logs and
/// Slack (never a token); <see cref="ConsecutiveFailures"/> is 0 after a successful poll.
/// </summary>
public sealed record GcasPollerStatus(
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    int ConsecutiveFailures,
    DateTimeOffset? NextPollAt,
    long Polls,
    long Created)
{
    public static GcasPollerStatus Initial { get; } = new(null, null, null, 0, null, 0, 0);
}
