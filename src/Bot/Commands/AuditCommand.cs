using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Commands;

/// <summary><c>audit &lt;id&gt;</c>: the last entries of the request's audit trail, with the chain's current head.</summary>
internal sealed class AuditCommand(RequestLookup lookup, AuditTrail trail, ChatTexts texts, ChatTuning tuning) : ISlashCommandHandler
{
    public const string Verb = "audit";

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (lookup.FindOne(command.Arguments) is not { } request)
        {
            return Task.FromResult<SlackReply?>(SlackReply.Ephemeral(
                command.Arguments.Length == 0 ? texts.Get("audit.usage") : CommandReplies.NotFound(command.Arguments, texts)));
        }

        var entries = trail.ForRequest(request.Id).OrderBy(e => e.Sequence).TakeLast(tuning.AuditEntries).ToList();
        var (sequence, hash) = trail.Head;
        return Task.FromResult<SlackReply?>(AuditView.Render(request.Id, entries, new AuditAnchor(sequence, hash), texts));
    }
}
