using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// A button (or other element) by its <c>action_id</c>, registered with <c>services.AddSlackAction&lt;T&gt;(T.ActionId)</c>.
/// The click is already acknowledged when this runs; answer with <see cref="SlackContext.RespondAsync"/> or by
/// updating the message. Decide who may act from <see cref="BlockActions.User"/>'s id, never from the message.
/// </summary>
internal interface IBlockActionHandler
{
    Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken);
}
