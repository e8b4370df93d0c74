namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>An organization as ListOrganizations returns it.</summary>
internal sealed record OrganizationSummary(
    string Id,
    string CompartmentId,
    string DefaultUcmSubscriptionId,
    string LifecycleState,
    DateTimeOffset TimeCreated,
    string? DisplayName = null,
    string? ParentName = null,
    DateTimeOffset? TimeUpdated = null);
