using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.Workspace;

namespace ChatOps.Sandbox.Slack.Users;

/// <summary>The result of typing a slash command; <see cref="Reply"/> is the answer the ack carried, if any.</summary>
public sealed record CommandOutcome(DeliveryResult Delivery, string TriggerId, Uri ResponseUrl, SimEphemeral? Reply);
