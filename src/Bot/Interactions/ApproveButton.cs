using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>Approve (primary, with a confirm dialog in the card): the request moves on to creating its tenancies or compartments.</summary>
internal sealed class ApproveButton(RequestActions actions) : IBlockActionHandler
{
    public const string ActionId = "request.approve";

    public Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken) =>
        actions.ClickAsync(payload, action, context, RequestAction.Approve, cancellationToken);
}
