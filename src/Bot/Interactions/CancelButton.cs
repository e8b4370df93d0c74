using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>Cancel (danger, with a confirm dialog): from any state that has not ended.</summary>
internal sealed class CancelButton(RequestActions actions) : IBlockActionHandler
{
    public const string ActionId = "request.cancel";

    public Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken) =>
        actions.ClickAsync(payload, action, context, RequestAction.Cancel, cancellationToken);
}
