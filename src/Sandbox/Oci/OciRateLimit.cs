namespace ChatOps.Sandbox.Oci;

/// <summary>
/// OCI's per-service throttling: a token bucket refilled at <see cref="PerSecond"/> holding at most
/// <see cref="Burst"/> tokens; a request that finds it empty gets 429 TooManyRequests.
/// </summary>
public sealed record OciRateLimit(double PerSecond, int Burst);
