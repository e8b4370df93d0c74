using System.Globalization;
using ChatOps.Provisioning.Applications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Simulation;

/// <summary>Applies a simulated template: get-or-create each resource by name, recording each OCID as it goes.</summary>
public sealed class SimulatedTemplateApplier(SimulatedCloud cloud) : ITemplateApplier
{
    public async Task<StepOutcome> ApplyTemplateAsync(StepContext context, CancellationToken cancellationToken)
    {
        var progress = new Dictionary<string, string?>();
        var shared = context.Application.UsageMode == UsageMode.Shared;
        foreach (var environment in context.Application.Environments)
        {
            var target = context.Request.ProgressValue(shared ? ProgressKeys.CompartmentId(environment.Key) : ProgressKeys.TenancyId(environment.Key))!;
            for (var i = 1; i <= cloud.Options.TemplateResources; i++)
            {
                var key = $"template.{environment.Key}.r{i.ToString(CultureInfo.InvariantCulture)}";
                if (context.Request.ProgressValue(key) is not null)
                {
                    continue;
                }

                using var call = await cloud.EnterAsync(SimulatedOperation.ApplyTemplate, context.Request.Id, cancellationToken);
                if (StepOutcomes.Fault(cloud, SimulatedOperation.ApplyTemplate) is { } fault)
                {
                    return fault with { Progress = progress };
                }

                progress[key] = cloud.TemplateResources.GetOrAdd($"{target}/r{i}", _ => StepOutcomes.Ocid("policy"));
                await cloud.CheckpointAsync(SimulatedOperation.ApplyTemplate, context.Request.Id, cancellationToken);
            }
        }

        return new StepOutcome.Done(Trigger.TemplateApplied) { Progress = progress };
    }
}
