using ChatOps.Bot.Slack;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat;

/// <summary>
/// What the ChatOps experience needs beyond the platform layer's own checks: a channel for the threads. The
/// ops and audit channels fall back to it when not set.
/// </summary>
internal sealed class ChatOpsSlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ChannelId)
            ? ValidateOptionsResult.Fail("Slack:ChannelId is required: the channel where every application gets its thread (e.g. C0123ABCD).")
            : ValidateOptionsResult.Success;
    }
}
