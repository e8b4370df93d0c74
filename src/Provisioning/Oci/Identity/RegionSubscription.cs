namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A tenancy's subscription to a region; poll until <see cref="Status"/> is READY.</summary>
internal sealed record RegionSubscription(string RegionKey, string RegionName, string Status, bool IsHomeRegion)
{
    public const string Ready = "READY";
    public const string InProgress = "IN_PROGRESS";

    public bool IsReady => Status == Ready;
}
