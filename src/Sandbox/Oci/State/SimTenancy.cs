namespace ChatOps.Sandbox.Oci.State;

/// <summary>
/// A tenancy in the simulated organization. A child is CREATING until <see cref="ReadyAt"/>, then ACTIVE, or FAILED
/// when its work request was set to fail.
/// </summary>
internal sealed record SimTenancy(
    string Id,
    string Name,
    string HomeRegion,
    bool IsParent,
    DateTimeOffset CreatedAt,
    DateTimeOffset ReadyAt,
    string GovernanceStatus,
    string? AdminEmail = null,
    bool Failed = false)
{
    public bool IsActive(DateTimeOffset now) => !Failed && now >= ReadyAt;

    public string LifecycleState(DateTimeOffset now) => now < ReadyAt ? "CREATING" : Failed ? "FAILED" : "ACTIVE";
}
