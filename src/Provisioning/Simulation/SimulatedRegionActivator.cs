using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Simulation;

/// <summary>Subscribes each simulated tenancy to the extra regions and waits until each is READY.</summary>
public sealed class SimulatedRegionActivator(SimulatedCloud cloud) : IRegionActivator
{
    public async Task<StepOutcome> ActivateRegionsAsync(StepContext context, CancellationToken cancellationToken)
    {
        var application = context.Application;
        DateTimeOffset? waitUntil = null;
        foreach (var environment in application.Environments)
        {
            var tenancyId = context.Request.ProgressValue(ProgressKeys.TenancyId(environment.Key))!;
            foreach (var region in application.ExtraRegions)
            {
                using var call = await cloud.EnterAsync(SimulatedOperation.ActivateRegion, context.Request.Id, cancellationToken);
                if (StepOutcomes.Fault(cloud, SimulatedOperation.ActivateRegion) is { } fault)
                {
                    return fault;
                }

                var readyAt = cloud.Regions.GetOrAdd($"{tenancyId}/{region}", _ => context.Now + cloud.Options.RegionDuration);
                await cloud.CheckpointAsync(SimulatedOperation.ActivateRegion, context.Request.Id, cancellationToken);
                if (readyAt > cloud.Time.GetUtcNow())
                {
                    waitUntil = waitUntil is { } earlier && earlier < readyAt ? earlier : readyAt;
                }
            }
        }

        return waitUntil is null
            ? new StepOutcome.Done(Trigger.RegionsActivated)
            : new StepOutcome.Wait(waitUntil) { Note = $"リージョン有効化中 / activating {string.Join(", ", application.ExtraRegions)}" };
    }
}
