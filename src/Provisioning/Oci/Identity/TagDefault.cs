namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A tag default: every resource created in the compartment gets the tag with <see cref="Value"/>.</summary>
internal sealed record TagDefault(
    string Id,
    string CompartmentId,
    string TagNamespaceId,
    string TagDefinitionId,
    string TagDefinitionName,
    string Value,
    DateTimeOffset TimeCreated,
    bool IsRequired,
    string? LifecycleState = null);
