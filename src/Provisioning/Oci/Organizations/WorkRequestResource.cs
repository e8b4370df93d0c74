namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>A resource a work request touched; <see cref="ActionType"/> is CREATED, UPDATED, DELETED, IN_PROGRESS or RELATED.</summary>
internal sealed record WorkRequestResource(string EntityType, string ActionType, string Identifier, string? EntityUri = null);
