using ChatOps.Provisioning.Outbox;

namespace ChatOps.Provisioning.Workflow.Steps;

/// <summary>
/// ReportingToGcas: the completion event was queued when the request entered this state; the request is
/// Completed only once GCAS has actually accepted it, so "Completed" always means GCAS knows.
/// </summary>
internal sealed class GcasReportStep(OutboxStore outbox) : IWorkflowStep
{
    public const string CompletedEventKey = "gcas.completedEventKey";

    public RequestState State => RequestState.ReportingToGcas;

    public Task<StepOutcome> RunAsync(StepContext context, CancellationToken cancellationToken)
    {
        var key = context.Request.ProgressValue(CompletedEventKey);
        StepOutcome outcome = key is not null && outbox.IsDelivered(key)
            ? new StepOutcome.Done(Trigger.Reported)
            : new StepOutcome.Wait { Note = "GCAS への完了報告の配信待ち / waiting for GCAS to accept the completion report" };
        return Task.FromResult(outcome);
    }
}
