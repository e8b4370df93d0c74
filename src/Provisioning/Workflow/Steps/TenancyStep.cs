using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Workflow.Steps;

internal sealed class TenancyStep(ITenancyProvisioner provisioner) : IWorkflowStep
{
    public RequestState State => RequestState.CreatingTenancy;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken) =>
        provisioner.CreateTenanciesAsync(context, cancellationToken);
}
