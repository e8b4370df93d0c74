using ChatOps.Bot.Chat.Replies;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Commands;

/// <summary><c>retry &lt;id&gt;</c>: the same as the Retry button, with the same role (operator).</summary>
internal sealed class RetryCommand(RequestLookup lookup, RequestActions actions, ChatTexts texts) : ISlashCommandHandler
{
    public const string Verb = "retry";

    public async Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (lookup.FindOne(command.Arguments) is not { } request)
        {
            return SlackReply.Ephemeral(command.Arguments.Length == 0 ? texts.Get("retry.usage") : CommandReplies.NotFound(command.Arguments, texts));
        }

        var (_, reply) = await actions.RunAsync(request.Id, RequestAction.Retry, command.UserId, null, cancellationToken);
        return SlackReply.Ephemeral(reply);
    }
}
