using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Events;

namespace ChatOps.Bot.Views;

/// <summary>
/// One line of a request's thread for one event: who did what, which step started or finished, errors with
/// their OCI code, message and opc-request-id, and when the next automatic attempt runs. Depends on the event
/// alone, so a line reads the same however late it is delivered.
/// </summary>
internal static class ThreadLine
{
    public static SlackMessage Render(RequestEvent e, ChatTexts texts)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(texts);
        var text = e.Kind switch
        {
            RequestEventKind.Created => texts.Format("line.created", e.RequestId),
            RequestEventKind.Note => texts.Format("line.note", Text(e.Text, texts)),
            RequestEventKind.RetryScheduled => texts.Format("line.retry_scheduled",
                State(e.From, texts), e.Attempt ?? 0, Error(e.Error, texts), e.NextAttemptAt is { } next ? texts.Time(next) : RequestText.Missing),
            _ => Transition(e, texts),
        };
        return new SlackMessage(text, [SectionBlock.Markdown(text)]);
    }

    private static string Transition(RequestEvent e, ChatTexts texts)
    {
        var who = SlackText.Escape(e.Actor.DisplayName);
        var line = e.Trigger switch
        {
            Trigger.Accept => texts.Format("line.accepted", State(e.To, texts)),
            Trigger.RejectInvalid => texts.Get("line.rejected_invalid") + Problems(e, texts),
            Trigger.Approve => texts.Format("line.approved", who),
            Trigger.Reject => texts.Format("line.rejected", who, Text(e.Text, texts)),
            Trigger.ConfirmCredentials => texts.Format("line.credentials_confirmed", who),
            Trigger.CredentialsVerified => texts.Format("line.credentials_verified", State(e.To, texts)),
            Trigger.Fail => texts.Format("line.failed", Step(e.From, texts), Error(e.Error, texts)),
            Trigger.Retry => texts.Format("line.retried", who, Step(e.To, texts)),
            Trigger.Cancel => texts.Format("line.cancelled", who),
            _ when e.To == RequestState.Completed => texts.Format("line.completed", Step(e.From, texts)),
            _ => texts.Format("line.step_done", Step(e.From, texts), Step(e.To, texts)),
        };

        // The reason of a rejection is part of its line; every other text is a note or a comment worth showing.
        return e.Text is { Length: > 0 } && e.Trigger is not (Trigger.Reject or Trigger.RejectInvalid)
            ? line + "\n" + texts.Format("line.comment", Text(e.Text, texts))
            : line;
    }

    private static string Problems(RequestEvent e, ChatTexts texts) =>
        e.Problems is { Count: > 0 } problems
            ? "\n" + string.Join("\n", problems.Select(p => $"• `{SlackText.Escape(p.Field)}` {SlackText.Escape(p.Message(texts.Language))}"))
            : "";

    private static string Text(string? text, ChatTexts texts) => SlackText.Escape(BilingualText.Pick(text, texts.Language));

    private static string Error(StepError? error, ChatTexts texts) => error is null ? RequestText.Missing : ErrorText.Render(error, texts);

    private static string State(RequestState? state, ChatTexts texts) => state is { } s ? texts.State(s) : RequestText.Missing;

    private static string Step(RequestState? state, ChatTexts texts) => state is { } s ? texts.Step(s) : RequestText.Missing;
}
