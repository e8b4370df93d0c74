namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>Body of CreateChildTenancy. <see cref="CompartmentId"/> is the parent tenancy OCID.</summary>
internal sealed record CreateChildTenancyDetails(string CompartmentId, string TenancyName, string HomeRegion, string AdminEmail)
{
    /// <summary>Name of the administrator policy in the child; letters and underscores only.</summary>
    public string? PolicyName { get; init; }

    /// <summary><c>OPTED_IN</c> or <c>OPTED_OUT</c>.</summary>
    public string? GovernanceStatus { get; init; }

    public string? SubscriptionId { get; init; }

    public IReadOnlyList<string>? Features { get; init; }
}
