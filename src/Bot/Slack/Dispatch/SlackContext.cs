using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Provisioning.Audit;

namespace ChatOps.Bot.Slack.Dispatch;

/// <summary>Who acted and where, plus a way to answer them privately.</summary>
internal sealed class SlackContext(
    SlackDelivery delivery,
    string userId,
    string? userName,
    string? teamId,
    string? channelId,
    Uri? responseUrl,
    SlackResponder responder)
{
    public SlackDelivery Delivery => delivery;

    public string UserId => userId;

    public string? UserName => userName;

    public string? TeamId => teamId;

    public string? ChannelId => channelId;

    public Uri? ResponseUrl => responseUrl;

    public Actor Actor => Actor.Human(userId, userName is { Length: > 0 } ? userName : userId);

    /// <summary>Answers the user: through response_url when there is one, else as an ephemeral message.</summary>
    public Task<bool> RespondAsync(SlackReply reply, CancellationToken cancellationToken) =>
        responder.RespondAsync(reply, this, cancellationToken);
}
