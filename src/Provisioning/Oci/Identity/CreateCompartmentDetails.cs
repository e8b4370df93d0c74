namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreateCompartment; <see cref="CompartmentId"/> is the parent compartment (or tenancy).</summary>
internal sealed record CreateCompartmentDetails(string CompartmentId, string Name, string Description)
{
    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags { get; init; }
}
