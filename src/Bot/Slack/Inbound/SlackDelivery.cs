namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// How a payload arrived. <see cref="RetryAttempt"/>/<see cref="RetryReason"/> come from the socket envelope
/// (<c>retry_attempt</c>, <c>retry_reason</c>) or the HTTP headers (<c>X-Slack-Retry-Num</c>, <c>X-Slack-Retry-Reason</c>).
/// </summary>
internal sealed record SlackDelivery(SlackTransport Transport, string? EnvelopeId = null, int RetryAttempt = 0, string? RetryReason = null);
