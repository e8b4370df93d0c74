namespace ChatOps.Sandbox.Slack;

/// <summary>Injectable failures of the Web API: a burst of HTTP 429s and a full outage (HTTP 503).</summary>
public sealed class SlackFaults
{
    private readonly Lock _gate = new();
    private int _rateLimitedCalls;
    private string? _rateLimitedMethod;
    private TimeSpan _retryAfter;

    /// <summary>While true every Web API call answers 503.</summary>
    public bool Outage { get; set; }

    /// <summary>The next <paramref name="calls"/> calls (of <paramref name="method"/>, or of any method) answer 429 with this Retry-After.</summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter, string? method = null)
    {
        lock (_gate)
        {
            _rateLimitedCalls = calls;
            _retryAfter = retryAfter;
            _rateLimitedMethod = method;
        }
    }

    internal TimeSpan? TakeRateLimit(string method)
    {
        lock (_gate)
        {
            if (_rateLimitedCalls <= 0 || (_rateLimitedMethod is not null && _rateLimitedMethod != method))
            {
                return null;
            }

            _rateLimitedCalls--;
            return _retryAfter;
        }
    }
}
