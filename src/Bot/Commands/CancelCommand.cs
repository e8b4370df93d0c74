using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Commands;

/// <summary>
/// <c>cancel &lt;id&gt;</c> asks first: it answers with the request and a Cancel button (with its confirm dialog).
/// <c>cancel &lt;id&gt; confirm</c> cancels at once, for people who prefer to type. Same roles as the button.
/// </summary>
internal sealed class CancelCommand(RequestLookup lookup, RequestActions actions, ChatTexts texts) : ISlashCommandHandler
{
    public const string Verb = "cancel";
    public const string ConfirmWord = "confirm";

    public async Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = command.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return SlackReply.Ephemeral(texts.Get("cancel.usage"));
        }

        if (lookup.FindOne(words[0]) is not { } request)
        {
            return SlackReply.Ephemeral(CommandReplies.NotFound(words[0], texts));
        }

        if (words.Length > 1 && string.Equals(words[1], ConfirmWord, StringComparison.OrdinalIgnoreCase))
        {
            var (_, reply) = await actions.RunAsync(request.Id, RequestAction.Cancel, command.UserId, null, cancellationToken);
            return SlackReply.Ephemeral(reply);
        }

        if (request.IsTerminal)
        {
            return SlackReply.Ephemeral(CommandReplies.Refused(CommandRefusal.Explain(request, RequestAction.Cancel), texts));
        }

        var question = texts.Format("cancel.ask", RequestText.Title(request), texts.State(request.State));
        return SlackReply.Ephemeral(question, [SectionBlock.Markdown(question), new ActionsBlock([CardButtons.Cancel(request, texts)], "cancel-confirm")]);
    }
}
