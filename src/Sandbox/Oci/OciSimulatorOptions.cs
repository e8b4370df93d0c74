namespace ChatOps.Sandbox.Oci;

/// <summary>How the OCI simulator behaves. Durations are measured on <see cref="Time"/> (real or fake).</summary>
public sealed record OciSimulatorOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The region a request addresses when its Host is a bare loopback address.</summary>
    public string DefaultRegion { get; init; } = "ap-tokyo-1";

    public string RealmDomain { get; init; } = "oraclecloud.com";

    public string ParentTenancyName { get; init; } = "digitalagency";

    public string ParentHomeRegion { get; init; } = "ap-tokyo-1";

    /// <summary>Regions the parent is subscribed to; a child's home region must be one of them.</summary>
    public IReadOnlyList<string> ParentRegions { get; init; } = ["ap-tokyo-1", "ap-osaka-1"];

    public TimeSpan ChildTenancyCreationTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The quirk of the real service: CREATE_CHILD_TENANCY stays IN_PROGRESS at 100 % although done.</summary>
    public bool ChildTenancyStaysInProgressAt100 { get; init; }

    public TimeSpan RegionSubscriptionTime { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan SessionTokenLifetime { get; init; } = TimeSpan.FromMinutes(20);

    public TimeSpan AllowedClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    public int ChildTenancyLimit { get; init; } = 1000;

    /// <summary>Items per page when the caller sends no <c>limit</c>.</summary>
    public int DefaultPageSize { get; init; } = 100;
}
