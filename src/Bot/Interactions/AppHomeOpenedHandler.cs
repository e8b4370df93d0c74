using ChatOps.Bot.Chat.Home;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Interactions;

/// <summary><c>app_home_opened</c>: the user's App Home is rebuilt from the store and republished each time they open it.</summary>
internal sealed class AppHomeOpenedHandler(HomePublisher home) : ISlackEventHandler
{
    public const string EventType = AppHomeOpened.EventType;

    public async Task HandleAsync(EventCallback callback, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.EventAs<AppHomeOpened>() is { User.Length: > 0, Tab: not "messages" } opened)
        {
            await home.PublishAsync(opened.User, cancellationToken);
        }
    }
}
