using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;

namespace ChatOps.Bot.Commands;

/// <summary>
/// <c>status &lt;PR-id | number | GCAS id | 団体コード&gt;</c>: the card, privately, with a link to its thread; several
/// matches (one organisation, several applications) give a short list instead.
/// </summary>
internal sealed class StatusCommand(RequestLookup lookup, ThreadMap threads, ChatTexts texts, ChatTuning tuning, TimeProvider time) : ISlashCommandHandler
{
    public const string Verb = "status";

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var found = lookup.Find(command.Arguments);
        var now = time.GetUtcNow();
        SlackReply reply = found switch
        {
            [] => SlackReply.Ephemeral(command.Arguments.Length == 0 ? texts.Get("status.usage") : CommandReplies.NotFound(command.Arguments, texts)),
            [var only] => Card(only, now),
            _ => RequestListView.Render(texts.Format("status.several", SlackText.Escape(command.Arguments), found.Count), found, tuning.ListLimit, texts, now),
        };
        return Task.FromResult<SlackReply?>(reply);
    }

    private SlackReply Card(Provisioning.Workflow.ProvisioningRequest request, DateTimeOffset now)
    {
        var card = RequestCard.Render(request, texts, now);
        if (threads.Get(request.Id) is not { } thread)
        {
            return new SlackReply(card);
        }

        var blocks = (card.Blocks ?? []).Append(new ContextBlock([TextObject.Markdown(ThreadLink.Markdown(thread.Channel, thread.Ts, texts))])).ToList();
        return new SlackReply(new SlackMessage(card.Text, blocks));
    }
}
