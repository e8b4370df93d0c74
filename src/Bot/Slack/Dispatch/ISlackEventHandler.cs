using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// An Events API event by its type (e.g. <see cref="AppHomeOpened.EventType"/>), registered with
/// <c>services.AddSlackEvent&lt;T&gt;(eventType)</c>. Events are acknowledged before this runs, once per event_id.
/// </summary>
internal interface ISlackEventHandler
{
    Task HandleAsync(EventCallback callback, SlackContext context, CancellationToken cancellationToken);
}
