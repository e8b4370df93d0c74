namespace ChatOps.Sandbox.Oci.State;

/// <summary>A tenancy's Cloud Guard configuration.</summary>
internal sealed record SimCloudGuard(string Status, string? ReportingRegion, bool SelfManageResources);
