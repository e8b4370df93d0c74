using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>
/// The submitted rejection: the reason is required and at most 500 characters (checked before the ack, so the
/// modal shows the problem under the field); then the command service rejects and GCAS and the applicant hear why.
/// </summary>
internal sealed class RejectModal(RequestActions actions, ChatTexts texts) : IViewSubmissionHandler
{
    public const string CallbackId = "request.reject.modal";
    public const string ReasonBlock = "reason";
    public const string ReasonAction = "reason_input";
    public const int MaxReasonLength = 500;

    public Task<ViewSubmissionResponse> ValidateAsync(ViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var reason = Reason(submission);
        var error = reason.Length == 0 ? texts.Get("reject.reason_required")
            : reason.Length > MaxReasonLength ? texts.Format("reject.reason_too_long", MaxReasonLength)
            : null;
        return Task.FromResult(error is null
            ? ViewSubmissionResponse.Close
            : ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { [ReasonBlock] = error }));
    }

    public async Task HandleAsync(ViewSubmission submission, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(context);
        var (_, reply) = await actions.RunAsync(submission.View.PrivateMetadata, RequestAction.Reject, context.UserId, Reason(submission), cancellationToken);
        await context.RespondAsync(SlackReply.Ephemeral(reply), cancellationToken);
    }

    private static string Reason(ViewSubmission submission) => submission.View.State?.Text(ReasonBlock, ReasonAction)?.Trim() ?? "";
}
