using ChatOps.Bot.Slack.Payloads;

namespace ChatOps.Bot.Slack.Inbound;

internal sealed record SlackRequest(SlackDelivery Delivery, SlackPayload Payload);
