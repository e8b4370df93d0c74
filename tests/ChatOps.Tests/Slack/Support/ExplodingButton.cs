using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class ExplodingButton(HandlerCalls calls) : IBlockActionHandler
{
    public const string ActionId = "explode";

    public Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(ActionId);
        throw new InvalidOperationException("the button broke");
    }
}
