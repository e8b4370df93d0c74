namespace ChatOps.Sandbox.Google;

public sealed record GoogleCloudSimulatorOptions
{
    /// <summary><c>expires_in</c> of federated tokens from STS.</summary>
    public TimeSpan StsTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Upper bound of the <c>lifetime</c> an impersonation request may ask for.</summary>
    public TimeSpan MaxServiceAccountTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Clock skew allowed when judging a subject token's <c>iat</c>/<c>exp</c>.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(1);
}
