using ChatOps.Provisioning.Template.Rendering;
using ChatOps.Provisioning.Template.Targets;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>The template against one live target: each resource, the tenancy settings, and the OCIDs found by key.</summary>
internal sealed record Inspection(
    ResolvedTarget Target,
    TemplateRendering Rendering,
    IReadOnlyList<InspectedResource> Resources,
    DesiredTenancySettings? DesiredTenancy,
    LiveTenancySettings? LiveTenancy,
    IReadOnlyDictionary<string, string> Ids);
