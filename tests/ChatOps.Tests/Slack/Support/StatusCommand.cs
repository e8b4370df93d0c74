using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class StatusCommand(HandlerCalls calls, ScopeProbe probe) : ISlashCommandHandler
{
    public const string Verb = "status";

    public Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(Verb, $"{command.Arguments}|{context.UserId}|{probe.Id}|{context.Delivery.Transport}");
        return Task.FromResult<SlackReply?>(SlackReply.Ephemeral($"Request {SlackText.Escape(command.Arguments)} is waiting for approval"));
    }
}
