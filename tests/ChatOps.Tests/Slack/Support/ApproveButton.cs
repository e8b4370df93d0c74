using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class ApproveButton(HandlerCalls calls, SlackApiClient api) : IBlockActionHandler
{
    public const string ActionId = "approve";

    public async Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken)
    {
        calls.Record(ActionId, $"{action.Value}|{payload.User.Id}|{payload.Container.MessageTs}");
        await api.UpdateMessageAsync(payload.Container.ChannelId!, payload.Container.MessageTs!, new SlackMessage($"Approved by {SlackText.MentionUser(payload.User.Id)}"), cancellationToken);
    }
}
