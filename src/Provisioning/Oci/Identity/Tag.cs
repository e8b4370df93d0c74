namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>A tag definition (key) in a namespace. Lists leave out the namespace fields and the validator.</summary>
internal sealed record Tag(
    string Id,
    string Name,
    string Description,
    bool IsRetired,
    DateTimeOffset TimeCreated,
    string? CompartmentId = null,
    string? TagNamespaceId = null,
    string? TagNamespaceName = null,
    string? LifecycleState = null,
    bool? IsCostTracking = null,
    TagValidator? Validator = null);
