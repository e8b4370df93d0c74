namespace ChatOps.Sandbox.Oci.State;

/// <summary>A tenancy's region subscription: IN_PROGRESS until <see cref="ReadyAt"/>, then READY.</summary>
internal sealed record SimRegionSubscription(string TenancyId, string RegionKey, string RegionName, bool IsHomeRegion, DateTimeOffset ReadyAt)
{
    public string Status(DateTimeOffset now) => now >= ReadyAt ? "READY" : "IN_PROGRESS";
}
