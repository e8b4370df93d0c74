namespace ChatOps.Sandbox.Oci.Control;

/// <summary>The buckets of <see cref="OciSimulatorOptions.RateLimits"/>, one per service host label.</summary>
internal sealed class SimRateLimits
{
    private readonly Dictionary<string, SimTokenBucket> _buckets;

    public SimRateLimits(OciSimulatorOptions options) =>
        _buckets = options.RateLimits.ToDictionary(p => p.Key, p => new SimTokenBucket(p.Value, options.Time), StringComparer.OrdinalIgnoreCase);

    /// <summary>False when the service has a limit and its bucket is empty.</summary>
    public bool TryAdmit(string? service) =>
        service is null || !_buckets.TryGetValue(service, out var bucket) || bucket.TryTake();
}
