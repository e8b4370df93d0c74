namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of CreatePolicy.</summary>
internal sealed record CreatePolicyDetails(string CompartmentId, string Name, IReadOnlyList<string> Statements, string Description)
{
    public DateTimeOffset? VersionDate { get; init; }

    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags { get; init; }
}
