namespace ChatOps.Sandbox.Oci;

/// <summary>A tenancy as the simulator holds it, for tests and the sandbox page.</summary>
public sealed record OciSimTenancy(
    string Id,
    string Name,
    string HomeRegion,
    bool IsParent,
    string LifecycleState,
    IReadOnlyList<string> SubscribedRegions);
