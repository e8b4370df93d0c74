using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow.Commands;

namespace ChatOps.Bot.Interactions;

/// <summary>Retry after a failure: the request goes back into the step that failed.</summary>
internal sealed class RetryButton(RequestActions actions) : IBlockActionHandler
{
    public const string ActionId = "request.retry";

    public Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken) =>
        actions.ClickAsync(payload, action, context, RequestAction.Retry, cancellationToken);
}
