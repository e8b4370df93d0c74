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

    /// <summary>
    /// When true (the default), principals of one tenancy see nothing in another (404 NotAuthorizedOrNotFound)
    /// unless the target's policies admit their tenancy and their own tenancy's policies endorse the target.
    /// </summary>
    public bool EnforceCrossTenancyPolicies { get; init; } = true;

    /// <summary>
    /// When true, the administrator policy CreateChildTenancy writes (its <c>policyName</c>) admits the parent
    /// tenancy, and the parent starts with a policy endorsing its principals into any tenancy: the parent can act
    /// in each new child without anyone applying policies (the automated last manual step).
    /// </summary>
    public bool ChildAdminPolicyGrantsParent { get; init; }

    /// <summary>When set, GetWorkRequest answers with this <c>retry-after</c> while the work request is unfinished.</summary>
    public TimeSpan? WorkRequestRetryAfter { get; init; }

    /// <summary>Items per page when the caller sends no <c>limit</c>.</summary>
    public int DefaultPageSize { get; init; } = 100;

    /// <summary>
    /// Per service host label (<c>organizations</c>, <c>identity</c>, <c>audit</c>, <c>cloudguard-cp-api</c>): the
    /// rate beyond which OCI answers 429 TooManyRequests. Empty (the default): no rate-based throttling.
    /// </summary>
    public IReadOnlyDictionary<string, OciRateLimit> RateLimits { get; init; } = new Dictionary<string, OciRateLimit>();
}
