namespace ChatOps.Provisioning.Oci.CloudGuard;

/// <summary>Body of UpdateConfiguration: the reporting region (usually the home region) and ENABLED/DISABLED.</summary>
internal sealed record UpdateCloudGuardConfigurationDetails(string ReportingRegion, string Status)
{
    public bool? SelfManageResources { get; init; }
}
