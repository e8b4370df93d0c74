using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>
/// Delivers an answer after the ack: response_url (commands, message buttons), else chat.postEphemeral in the
/// channel of the interaction, else in Slack:ChannelId (modals and App Home have no channel).
/// </summary>
internal sealed class SlackResponder(SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackResponder> logger)
{
    public async Task<bool> RespondAsync(SlackReply reply, SlackContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ResponseUrl is { } url)
        {
            var sent = await api.RespondAsync(url, reply, cancellationToken);
            if (sent.IsOk)
            {
                return true;
            }
        }

        var channel = context.ChannelId is { Length: > 0 } ? context.ChannelId : options.Value.ChannelId;
        if (channel.Length == 0)
        {
            logger.LogWarning("No channel to answer user {User} in", context.UserId);
            return false;
        }

        var posted = await api.PostEphemeralAsync(channel, context.UserId, reply.Message, cancellationToken: cancellationToken);
        return posted.IsOk;
    }
}
