using ChatOps.Sandbox.Oci.State;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>The JSON shape OCI gives each IAM resource kind.</summary>
internal static class SimWire
{
    public static object Of(SimIamResource r) => r.Kind switch
    {
        SimKind.Compartment => new
        {
            id = r.Id, compartmentId = r.ParentId, name = r.Name, description = r.Description, timeCreated = r.TimeCreated,
            lifecycleState = "ACTIVE", isAccessible = true, freeformTags = r.FreeformTags, definedTags = r.DefinedTags,
        },
        SimKind.Group => new
        {
            id = r.Id, compartmentId = r.ParentId, name = r.Name, description = r.Description, timeCreated = r.TimeCreated,
            lifecycleState = "ACTIVE", freeformTags = r.FreeformTags, definedTags = r.DefinedTags,
        },
        SimKind.DynamicGroup => new
        {
            id = r.Id, compartmentId = r.ParentId, name = r.Name, description = r.Description, matchingRule = r.MatchingRule,
            timeCreated = r.TimeCreated, lifecycleState = "ACTIVE", freeformTags = r.FreeformTags, definedTags = r.DefinedTags,
        },
        SimKind.Policy => new
        {
            id = r.Id, compartmentId = r.ParentId, name = r.Name, statements = r.Statements, description = r.Description,
            timeCreated = r.TimeCreated, lifecycleState = "ACTIVE", versionDate = r.VersionDate, freeformTags = r.FreeformTags, definedTags = r.DefinedTags,
        },
        SimKind.TagNamespace => new
        {
            id = r.Id, compartmentId = r.ParentId, name = r.Name, description = r.Description, isRetired = false,
            lifecycleState = "ACTIVE", timeCreated = r.TimeCreated, freeformTags = r.FreeformTags, definedTags = r.DefinedTags,
        },
        SimKind.Tag => new
        {
            compartmentId = r.ParentId, tagNamespaceId = r.NamespaceId, tagNamespaceName = r.NamespaceName, id = r.Id, name = r.Name,
            description = r.Description, isRetired = false, lifecycleState = "ACTIVE", timeCreated = r.TimeCreated,
            isCostTracking = r.IsCostTracking ?? false, validator = r.Validator,
        },
        SimKind.TagDefault => new
        {
            id = r.Id, compartmentId = r.ParentId, tagNamespaceId = r.NamespaceId, tagDefinitionId = r.TagDefinitionId,
            tagDefinitionName = r.Name, value = r.Value, timeCreated = r.TimeCreated, lifecycleState = "ACTIVE", isRequired = r.IsRequired ?? false,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
    };
}
