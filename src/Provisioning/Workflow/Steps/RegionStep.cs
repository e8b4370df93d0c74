using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Workflow.Steps;

internal sealed class RegionStep(IRegionActivator activator) : IWorkflowStep
{
    public RequestState State => RequestState.ActivatingRegions;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken) =>
        activator.ActivateRegionsAsync(context, cancellationToken);
}
