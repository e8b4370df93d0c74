namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreateTagNamespace.</summary>
internal sealed record CreateTagNamespaceDetails(string CompartmentId, string Name, string Description)
{
    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags { get; init; }
}
