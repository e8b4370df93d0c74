using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Workflow.Steps;

/// <summary>AwaitingApproval: waits for an approver, or approves itself when <c>Workflow:RequireApproval</c> is false.</summary>
internal sealed class ApprovalStep(IOptions<WorkflowOptions> options) : IWorkflowStep
{
    public const string AutoApprovalText = "Workflow:RequireApproval が無効のため自動承認 / approved automatically: Workflow:RequireApproval is false";

    public RequestState State => RequestState.AwaitingApproval;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken)
    {
        StepOutcome outcome = options.Value.RequireApproval
            ? new StepOutcome.WaitForPerson()
            : new StepOutcome.Done(Trigger.Approve) { Note = AutoApprovalText };
        return Task.FromResult(outcome);
    }
}
