namespace ChatOps.Provisioning.Workflow;

/// <summary>Exponential backoff with a cap and a random spread.</summary>
public static class Backoff
{
    /// <param name="attempt">1 for the delay after the first failed attempt.</param>
    /// <param name="random01">A random number in [0, 1).</param>
    public static TimeSpan Delay(StepPolicy policy, int attempt, double random01)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var raw = Math.Min(policy.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), policy.MaxDelay.TotalMilliseconds);
        var jitter = Math.Clamp(policy.Jitter, 0, 1);
        var spread = raw * (1 - jitter + (2 * jitter * random01));
        return TimeSpan.FromMilliseconds(Math.Min(spread, policy.MaxDelay.TotalMilliseconds));
    }
}
