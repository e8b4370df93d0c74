using ChatOps.Provisioning.Workflow.Ports;

namespace ChatOps.Provisioning.Workflow.Steps;

internal sealed class TemplateStep(ITemplateApplier applier) : IWorkflowStep
{
    public RequestState State => RequestState.ApplyingTemplate;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken) =>
        applier.ApplyTemplateAsync(context, cancellationToken);
}
