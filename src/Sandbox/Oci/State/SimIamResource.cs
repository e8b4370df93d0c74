using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Oci.State;

/// <summary>
/// One IAM resource. The kinds share most fields; the kind-specific ones are null elsewhere. <see cref="ParentId"/>
/// is the compartment it lives in (for a tag, its namespace's compartment; for a tag default, the compartment it
/// applies to).
/// </summary>
internal sealed record SimIamResource(
    SimKind Kind,
    string Id,
    string TenancyId,
    string ParentId,
    string Name,
    string Description,
    DateTimeOffset TimeCreated)
{
    public IReadOnlyList<string>? Statements { get; init; }

    public string? VersionDate { get; init; }

    public string? MatchingRule { get; init; }

    public string? NamespaceId { get; init; }

    public string? NamespaceName { get; init; }

    public string? TagDefinitionId { get; init; }

    public string? Value { get; init; }

    public bool? IsRequired { get; init; }

    public bool? IsCostTracking { get; init; }

    public JsonNode? Validator { get; init; }

    public JsonNode? FreeformTags { get; init; }

    public JsonNode? DefinedTags { get; init; }

    public int Version { get; init; } = 1;

    public string ETag => $"{Id}-v{Version}";
}
