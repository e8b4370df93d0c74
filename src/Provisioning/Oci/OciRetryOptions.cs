namespace ChatOps.Provisioning.Oci;

/// <summary><c>Oci:Retry</c>: jittered exponential backoff for transient OCI answers.</summary>
internal sealed record OciRetryOptions
{
    public int MaxAttempts { get; init; } = 6;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);
}
