using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class RejectModal(HandlerCalls calls) : IViewSubmissionHandler
{
    public const string CallbackId = "reject";
    public const string ReasonBlock = "reason";
    public const string ReasonAction = "reason_input";

    public static ModalView View(string requestId) => new(
        "Reject request",
        [new InputBlock("Reason", new PlainTextInputElement(ReasonAction, multiline: true), ReasonBlock)],
        CallbackId,
        submit: "Reject",
        close: "Cancel",
        privateMetadata: requestId,
        notifyOnClose: true);

    public Task<ViewSubmissionResponse> ValidateAsync(ViewSubmission submission, CancellationToken cancellationToken)
    {
        var reason = submission.View.State?.Text(ReasonBlock, ReasonAction) ?? "";
        return Task.FromResult(reason.Trim().Length < 5
            ? ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { [ReasonBlock] = "Give a reason of at least 5 characters." })
            : ViewSubmissionResponse.Close);
    }

    public Task HandleAsync(ViewSubmission submission, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(CallbackId, $"{submission.View.PrivateMetadata}|{submission.View.State?.Text(ReasonBlock, ReasonAction)}|{context.UserId}");
        return Task.CompletedTask;
    }

    public Task HandleClosedAsync(ViewClosed closed, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record("reject_closed", closed.View.PrivateMetadata ?? "");
        return Task.CompletedTask;
    }
}
