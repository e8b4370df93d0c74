namespace ChatOps.Provisioning.Workflow;

/// <summary>
/// Retry and wait tuning of one step (<c>Workflow:Steps:&lt;State&gt;:*</c>). The seed project found these needed
/// tuning per step (template retries, Osaka activation waits), so every value is configuration.
/// </summary>
public sealed record StepPolicy
{
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction (0–1) by which a backoff delay is randomly spread, so a wave of failures does not retry in lockstep.</summary>
    public double Jitter { get; init; } = 0.2;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Most checks per second of this step across all requests (see <see cref="Engine.PollPacer"/>), so a wave's
    /// polls stay within a share of OCI's rate limit; null or 0 for no limit.
    /// </summary>
    public double? MaxPollsPerSecond { get; init; }

    /// <summary>How long the step may stay unfinished before it fails; null for no limit.</summary>
    public TimeSpan? Timeout { get; init; }
}
