namespace ChatOps.Sandbox.Oci.Control;

/// <summary>One service's token bucket; starts full, refills continuously on the simulator's clock.</summary>
internal sealed class SimTokenBucket(OciRateLimit limit, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _tokens = limit.Burst;
    private DateTimeOffset _refilledAt = time.GetUtcNow();

    public bool TryTake()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (now > _refilledAt)
            {
                _tokens = Math.Min(limit.Burst, _tokens + ((now - _refilledAt).TotalSeconds * limit.PerSecond));
                _refilledAt = now;
            }

            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
