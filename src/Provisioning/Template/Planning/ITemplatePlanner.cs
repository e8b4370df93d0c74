using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Targets;

namespace ChatOps.Provisioning.Template.Planning;

/// <summary>Reads a live target and tells, per resource, whether it exists, differs, or will be created. Changes nothing.</summary>
public interface ITemplatePlanner
{
    Task<TemplatePlanResult> PlanAsync(TemplateDefinition template, TemplateTarget target, CancellationToken cancellationToken);
}
