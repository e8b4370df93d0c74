using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

/// <summary>Opens the reject modal; views.open must happen within 3 s of the click.</summary>
internal sealed class OpenRejectButton(HandlerCalls calls, SlackApiClient api) : IBlockActionHandler
{
    public const string ActionId = "open_reject";

    public async Task HandleAsync(BlockActions payload, BlockAction action, SlackContext context, CancellationToken cancellationToken)
    {
        var opened = await api.OpenViewAsync(payload.TriggerId!, RejectModal.View(action.Value ?? ""), cancellationToken);
        calls.Record(ActionId, opened.IsOk ? opened.Value.Id : opened.Error.Code);
    }
}
