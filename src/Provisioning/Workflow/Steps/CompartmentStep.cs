using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Workflow.Steps;

internal sealed class CompartmentStep(ICompartmentProvisioner provisioner) : IWorkflowStep
{
    public RequestState State => RequestState.CreatingCompartment;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken) =>
        provisioner.CreateCompartmentsAsync(context, cancellationToken);
}
