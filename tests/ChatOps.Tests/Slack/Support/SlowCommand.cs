using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

/// <summary>Answers only when the test opens the gate, i.e. after the ack budget.</summary>
internal sealed class SlowCommand(HandlerCalls calls) : ISlashCommandHandler
{
    public const string Verb = "slow";

    public async Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(Verb);
        await calls.Gate.Task.WaitAsync(cancellationToken);
        return SlackReply.Ephemeral("finally done");
    }
}
