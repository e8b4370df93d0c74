namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>An Events API delivery: the event's id (to redeliver it) and how the bot answered.</summary>
public sealed record EventDelivery(string EventId, DeliveryResult Delivery);
