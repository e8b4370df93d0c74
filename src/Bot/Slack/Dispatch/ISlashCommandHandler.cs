using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// One verb of the slash command (<c>/provision status 12</c> → verb <c>status</c>), registered with
/// <c>services.AddSlackCommand&lt;T&gt;(T.Verb)</c>. Runs on the work queue after the request was accepted.
/// A reply returned within the ack budget travels in the ack (shown only to the user unless
/// <see cref="SlackReply.InChannel"/>); a later one goes through response_url. Null: no answer.
/// </summary>
internal interface ISlashCommandHandler
{
    Task<SlackReply?> HandleAsync(SlashCommand command, SlackContext context, CancellationToken cancellationToken);
}
