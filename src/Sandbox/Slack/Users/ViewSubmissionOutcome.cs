using ChatOps.Sandbox.Slack.Delivery;

namespace ChatOps.Sandbox.Slack.Users;

/// <summary>
/// What happened to a submitted modal: <c>closed</c>, <c>errors</c> (with <see cref="Errors"/> by block_id),
/// <c>update</c>, <c>push</c>, <c>clear</c>, <c>timeout</c> (no ack in time), or <c>required</c> (the client
/// refused because a required input was empty; nothing was sent).
/// </summary>
public sealed record ViewSubmissionOutcome(string Action, IReadOnlyDictionary<string, string>? Errors, DeliveryResult? Delivery);
