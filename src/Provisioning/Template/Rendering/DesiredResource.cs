using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Rendering;

/// <summary>
/// One resource as it should exist in a given target: placeholders filled in, references resolved.
/// <see cref="ContainerKey"/> is where it lives (parent compartment, or a tag's namespace); a tag default also
/// names its <see cref="TagKey"/>. <see cref="Flag"/> is a tag's cost tracking or a tag default's "required".
/// </summary>
internal sealed record DesiredResource(TemplateKind Kind, string Key, string Name, string ContainerKey)
{
    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<string> Statements { get; init; } = [];

    public string? MatchingRule { get; init; }

    public string? TagKey { get; init; }

    /// <summary>A tag default's tag definition OCID, once the tag exists.</summary>
    public string? TagId { get; init; }

    public string? Value { get; init; }

    public bool Flag { get; init; }

    /// <summary>Compartments whose OCIDs a <c>{{compartment_id:...}}</c> needed but which do not exist yet.</summary>
    public IReadOnlyList<string> PendingIds { get; init; } = [];

    public string Label => $"{TemplateSchema.Of(Kind).Label} {Name}";
}
