namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A tag namespace (lists return the same fields). Names are case-insensitive and unique per tenancy.</summary>
internal sealed record TagNamespace(
    string Id,
    string CompartmentId,
    string Name,
    string Description,
    bool IsRetired,
    DateTimeOffset TimeCreated,
    string? LifecycleState = null,
    IReadOnlyDictionary<string, string>? FreeformTags = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags = null);
