namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>A tenancy's membership in an organization (the summary in lists has the same fields we read).</summary>
internal sealed record OrganizationTenancy(
    string TenancyId,
    string GovernanceStatus,
    string? Name = null,
    string? LifecycleState = null,
    string? Role = null,
    DateTimeOffset? TimeJoined = null,
    DateTimeOffset? TimeLeft = null,
    bool? IsApprovedForTransfer = null);
