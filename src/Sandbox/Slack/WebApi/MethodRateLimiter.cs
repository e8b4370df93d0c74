namespace ChatOps.Sandbox.Slack.WebApi;

/// <summary>Per-method fixed one-minute windows, as Slack's tiers count; Retry-After is the time to the next window.</summary>
internal sealed class MethodRateLimiter(SlackSimulatorOptions options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _windows = new(StringComparer.Ordinal);

    public TimeSpan? Check(string method)
    {
        if (!options.RateLimitsPerMinute.TryGetValue(method, out var limit))
        {
            return null;
        }

        var now = options.Time.GetUtcNow();
        lock (_gate)
        {
            (DateTimeOffset Start, int Count) window = _windows.TryGetValue(method, out var current) && now - current.Start < Window ? current : (now, 0);
            if (window.Count >= limit)
            {
                var wait = window.Start + Window - now;
                return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
            }

            _windows[method] = (window.Start, window.Count + 1);
            return null;
        }
    }
}
