using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>What the file says, read into the model but not yet checked for meaning (names, references, cycles).</summary>
internal sealed record TemplateDraft(
    int? Version,
    TemplatePosition VersionAt,
    TemplateText? Name,
    string? Description,
    IReadOnlyList<TemplateResource> Resources,
    TemplateTenancySettings? Tenancy);
