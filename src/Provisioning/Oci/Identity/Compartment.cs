namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A compartment; <see cref="CompartmentId"/> is its parent.</summary>
internal sealed record Compartment(
    string Id,
    string CompartmentId,
    string Name,
    string Description,
    DateTimeOffset TimeCreated,
    string LifecycleState,
    IReadOnlyDictionary<string, string>? FreeformTags = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags = null);
