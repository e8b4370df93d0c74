namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreateDynamicGroup; <see cref="CompartmentId"/> must be the tenancy OCID.</summary>
internal sealed record CreateDynamicGroupDetails(string CompartmentId, string Name, string MatchingRule, string Description)
{
    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags { get; init; }
}
