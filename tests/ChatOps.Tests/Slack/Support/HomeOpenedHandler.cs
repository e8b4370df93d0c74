using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Tests.Slack.Support;

internal sealed class HomeOpenedHandler(HandlerCalls calls, SlackApiClient api) : ISlackEventHandler
{
    public async Task HandleAsync(EventCallback callback, SlackContext context, CancellationToken cancellationToken)
    {
        var opened = callback.EventAs<AppHomeOpened>()!;
        calls.Record(AppHomeOpened.EventType, $"{opened.User}|{context.Delivery.RetryAttempt}|{context.Delivery.RetryReason}");
        await api.PublishHomeAsync(opened.User, new HomeView([new HeaderBlock("ChatOps"), SectionBlock.Markdown("No requests yet.")]), cancellationToken: cancellationToken);
    }
}
