namespace ChatOps.Provisioning.Oci.CloudGuard;

/// <summary>A tenancy's Cloud Guard settings; <see cref="Status"/> is ENABLED or DISABLED.</summary>
internal sealed record CloudGuardConfiguration(string? ReportingRegion, string? Status, bool? SelfManageResources = null)
{
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";

    public bool IsEnabled => Status == Enabled;
}
