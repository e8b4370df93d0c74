using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;

namespace ChatOps.Provisioning.Template.Targets;

/// <summary>A target with its home region known and every placeholder value the bot can supply filled in.</summary>
internal sealed record ResolvedTarget(TemplateTarget Target, TemplateScope Scope, IReadOnlyDictionary<string, string> Values)
{
    public TemplateUsage Mode => Target.CompartmentId is null ? TemplateUsage.Single : TemplateUsage.Shared;
}
