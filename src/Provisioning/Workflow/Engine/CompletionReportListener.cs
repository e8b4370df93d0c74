using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Steps;
using ChatOps.Provisioning.Workflow.Transitions;

namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>When GCAS accepts a completion report, the request waiting for it is made due at once rather than at its next poll.</summary>
internal sealed class CompletionReportListener(RequestStore requests, RequestCommitter committer, TimeProvider time) : IDeliveryListener
{
    private static readonly DateTimeOffset AheadOfQueuedWork = DateTimeOffset.UnixEpoch;

    public void Delivered(OutboxMessage message)
    {
        if (message.Kind != OutboxKinds.GcasStatus || message.RequestId is null || requests.Get(message.RequestId) is not { } request)
        {
            return;
        }

        if (request.State != RequestState.ReportingToGcas || request.ProgressValue(GcasReportStep.CompletedEventKey) != message.IdempotencyKey)
        {
            return;
        }

        var now = time.GetUtcNow();
        // Due ahead of everything already queued: recording a completion GCAS has accepted needs no OCI call, and
        // in a wave it would otherwise wait behind hundreds of template steps (bench wave). A version conflict only
        // means the engine got there first.
        committer.Commit(new ChangeBuilder(request, now) { Request = request with { DueAt = AheadOfQueuedWork } }.Build());
    }
}
