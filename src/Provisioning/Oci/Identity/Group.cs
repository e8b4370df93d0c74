namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>An IAM group (classic IAM / Default domain); <see cref="CompartmentId"/> is the tenancy.</summary>
internal sealed record Group(
    string Id,
    string CompartmentId,
    string Name,
    string Description,
    DateTimeOffset TimeCreated,
    string LifecycleState,
    IReadOnlyDictionary<string, string>? FreeformTags = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags = null);
