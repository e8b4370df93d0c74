using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>
/// The submitted credentials step: "applied" must be ticked, the note is optional. The command service records
/// the confirmation; the bot then checks access to every child and says in the thread whether it worked.
/// </summary>
internal sealed class CredentialsModal(RequestActions actions, ChatTexts texts) : IViewSubmissionHandler
{
    public const string CallbackId = "request.credentials.modal";
    public const string AppliedBlock = "applied";
    public const string AppliedAction = "applied_check";
    public const string AppliedValue = "applied";
    public const string NoteBlock = "note";
    public const string NoteAction = "note_input";
    public const int MaxNoteLength = 1000;

    public Task<ViewSubmissionResponse> ValidateAsync(ViewSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!(submission.View.State?.Selected(AppliedBlock, AppliedAction).Contains(AppliedValue) ?? false))
        {
            errors[AppliedBlock] = texts.Get("credentials.applied_required");
        }

        if (Note(submission) is { Length: > MaxNoteLength })
        {
            errors[NoteBlock] = texts.Format("credentials.note_too_long", MaxNoteLength);
        }

        return Task.FromResult(errors.Count == 0 ? ViewSubmissionResponse.Close : ViewSubmissionResponse.WithErrors(errors));
    }

    public async Task HandleAsync(ViewSubmission submission, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(context);
        var (_, reply) = await actions.RunAsync(submission.View.PrivateMetadata, RequestAction.ConfirmCredentials, context.UserId, Note(submission), cancellationToken);
        await context.RespondAsync(SlackReply.Ephemeral(reply), cancellationToken);
    }

    private static string? Note(ViewSubmission submission) =>
        submission.View.State?.Text(NoteBlock, NoteAction)?.Trim() is { Length: > 0 } note ? note : null;
}
