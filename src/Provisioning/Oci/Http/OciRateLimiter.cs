namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// A token bucket per OCI service, kept as a schedule (GCRA): every caller reserves the next free slot, so waiters
/// are served in order and a wave of hundreds of requests leaves at the configured pace instead of tripping
/// OCI's throttling. The bucket holds one second's worth of requests for short bursts.
/// </summary>
internal sealed class OciRateLimiter
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _burstAllowance;
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    public OciRateLimiter(double requestsPerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requestsPerSecond);
        _time = time;
        _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        var burst = Math.Max(1, (int)Math.Floor(requestsPerSecond));
        _burstAllowance = _interval * (burst - 1);
    }

    /// <summary>How long the caller had to wait for its slot (zero when the bucket had a token).</summary>
    public async ValueTask<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var slot = _nextSlot > now ? _nextSlot : now;
            wait = slot - _burstAllowance - now;
            _nextSlot = slot + _interval;
        }

        if (wait <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        await Task.Delay(wait, _time, cancellationToken);
        return wait;
    }
}
