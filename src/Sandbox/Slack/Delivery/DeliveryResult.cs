using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>
/// What came back from the bot for one user action: whether it was acknowledged in time (a socket ack, or
/// HTTP 2xx within the ack timeout), the response payload it carried, and how many deliveries it took.
/// </summary>
public sealed record DeliveryResult(SlackDeliveryMode Transport, bool Acknowledged, JsonObject? Payload = null, int? HttpStatus = null, int Attempts = 1);
