using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class ExplodingCommand(HandlerCalls calls) : ISlashCommandHandler
{
    public const string Verb = "explode";

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(Verb);
        throw new InvalidOperationException("the handler broke");
    }
}
