namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A dynamic group: membership by <see cref="MatchingRule"/>.</summary>
internal sealed record DynamicGroup(
    string Id,
    string CompartmentId,
    string Name,
    string Description,
    string MatchingRule,
    DateTimeOffset TimeCreated,
    string LifecycleState,
    IReadOnlyDictionary<string, string>? FreeformTags = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? DefinedTags = null);
