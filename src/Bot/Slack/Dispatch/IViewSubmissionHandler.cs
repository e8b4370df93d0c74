using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// A modal by its <c>callback_id</c>, registered with <c>services.AddSlackView&lt;T&gt;(T.CallbackId)</c>.
/// <see cref="ValidateAsync"/> runs before the ack and decides what the modal does (close, show errors per
/// block_id, update, push, clear): keep it to checks on the submitted values, no Slack or cloud calls.
/// <see cref="HandleAsync"/> runs after the ack, only when validation accepted, once per submission.
/// </summary>
internal interface IViewSubmissionHandler
{
    Task<ViewSubmissionResponse> ValidateAsync(ViewSubmission submission, CancellationToken cancellationToken);

    Task HandleAsync(ViewSubmission submission, SlackContext context, CancellationToken cancellationToken);

    /// <summary>Only for modals opened with <c>notify_on_close</c>.</summary>
    Task HandleClosedAsync(ViewClosed closed, SlackContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
