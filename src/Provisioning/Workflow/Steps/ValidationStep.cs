namespace ChatOps.Provisioning.Workflow.Steps;

/// <summary>
/// Received: intake validated the application when it stored it (so names are claimed atomically with it);
/// this step turns the verdict into the transition, with the reasons in the trail.
/// </summary>
internal sealed class ValidationStep : IWorkflowStep
{
    public RequestState State => RequestState.Received;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        StepOutcome outcome = request.Application is not null
            ? new StepOutcome.Done(Trigger.Accept)
            : new StepOutcome.Done(Trigger.RejectInvalid) { Note = $"申請内容に {request.Problems.Count} 件の問題があります / {request.Problems.Count} problem(s) in the application" };
        return Task.FromResult(outcome);
    }
}
