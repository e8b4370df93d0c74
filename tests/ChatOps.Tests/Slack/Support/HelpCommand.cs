using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class HelpCommand(HandlerCalls calls) : ISlashCommandHandler
{
    public const string Verb = SlashCommand.HelpVerb;

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(Verb);
        return Task.FromResult<SlackReply?>(SlackReply.Ephemeral("Usage: /provision status <id>"));
    }
}
