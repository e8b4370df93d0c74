namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>An IAM policy. Names are unique in the tenancy and cannot be changed.</summary>
internal sealed record Policy(
    string Id,
    string CompartmentId,
    string Name,
    IReadOnlyList<string> Statements,
    string Description,
    DateTimeOffset TimeCreated,
    string LifecycleState,
    DateTimeOffset? VersionDate = null,
    IReadOnlyDictionary<string, string>? FreeformTags = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags = null);
