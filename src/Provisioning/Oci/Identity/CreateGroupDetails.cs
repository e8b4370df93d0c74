namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreateGroup; <see cref="CompartmentId"/> must be the tenancy OCID.</summary>
internal sealed record CreateGroupDetails(string CompartmentId, string Name, string Description)
{
    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags { get; init; }
}
