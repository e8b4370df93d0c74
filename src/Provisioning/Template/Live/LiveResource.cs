using ChatOps.Provisioning.Oci.Identity;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>A resource as OCI reports it, reduced to what the template compares. <see cref="Flag"/> as in the desired resource.</summary>
internal sealed record LiveResource(string Id, string Name, string? LifecycleState)
{
    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<string>? Statements { get; init; }

    public string? MatchingRule { get; init; }

    public string? Value { get; init; }

    public bool? Flag { get; init; }

    public IReadOnlyDictionary<string, string>? FreeformTags { get; init; }

    public string? ETag { get; init; }

    /// <summary>Resources without a lifecycle state (some list answers) count as active.</summary>
    public bool IsActive => LifecycleState is null or OciLifecycle.Active;

    public bool IsGone => LifecycleState is OciLifecycle.Deleted or OciLifecycle.Deleting;

    /// <summary>Created by this bot (freeform tag <c>managed-by: chatops</c>), so the bot may change it.</summary>
    public bool IsManaged => FreeformTags?.GetValueOrDefault(ManagedTags.ManagedBy) == ManagedTags.ManagedByValue;

    public bool IsManagedFor(string rootCompartmentId) =>
        IsManaged && FreeformTags?.GetValueOrDefault(ManagedTags.Target) == rootCompartmentId;
}
