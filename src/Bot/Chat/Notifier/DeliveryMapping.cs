using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Outbox;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Chat.Notifier;

/// <summary>
/// Slack's answer → what the outbox does next. A passing fault (throttling, an outage, a dropped connection) is
/// retried, honouring Retry-After. A fault an operator can fix (missing channel, bot not invited, bad token) is
/// retried after a long pause with a loud log, so nothing is lost meanwhile. What no retry can fix (a message
/// Slack will never take) is refused, which the outbox audits and the watchdog reports.
/// </summary>
internal static class DeliveryMapping
{
    private static readonly HashSet<string> Passing = new(StringComparer.Ordinal)
    {
        SlackApiError.RequestFailed, SlackApiError.InvalidResponse, SlackApiError.RateLimited, "rate_limited",
        "service_unavailable", "internal_error", "fatal_error", "request_timeout",
    };

    private static readonly HashSet<string> OperatorFixable = new(StringComparer.Ordinal)
    {
        "channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "not_authed", "token_revoked", "token_expired",
        "account_inactive", "missing_scope", "no_permission", "restricted_action", "ekm_access_denied", "team_access_not_granted",
    };

    public static DeliveryResult Map(SlackApiError error, ChatTuning tuning, ILogger logger, string what)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(tuning);
        if (Passing.Contains(error.Code) || error.HttpStatus >= 500 || error.Code.StartsWith("http_5", StringComparison.Ordinal))
        {
            return DeliveryResult.Retry(error.ToString(), error.RetryAfter);
        }

        if (OperatorFixable.Contains(error.Code))
        {
            logger.LogError(
                "Slack refuses {What} with {Code}: check Slack:ChannelId/OpsChannelId/AuditChannelId, invite the bot to the channel, or renew Slack:BotToken. Retrying in {Delay}; nothing is lost meanwhile",
                what, error.Code, tuning.OperatorFixRetryDelay);
            return DeliveryResult.Retry(error.ToString(), tuning.OperatorFixRetryDelay);
        }

        logger.LogError("Slack refuses {What} for good: {Error}", what, error.ToString());
        return DeliveryResult.Refused(error.ToString());
    }

    /// <summary>A card that cannot be edited any more (deleted, or not ours) is not worth holding the thread's next lines for.</summary>
    public static bool IsLostMessage(SlackApiError error) =>
        error.Code is "message_not_found" or "cant_update_message" or "edit_window_closed";
}
