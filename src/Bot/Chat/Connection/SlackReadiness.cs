using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Operations;
using ChatOps.Provisioning.Operations;

namespace ChatOps.Bot.Chat.Connection;

/// <summary><c>/readyz</c>: the bot is ready only while it can hear Slack.</summary>
internal sealed class SlackReadiness(IChatConnectionStatus status, TimeProvider time) : IReadinessCheck
{
    public ReadinessResult Check()
    {
        if (status.Connected)
        {
            return new ReadinessResult("slack", true, "connected");
        }

        return status.DisconnectedSince is { } since
            ? new ReadinessResult("slack", false, $"disconnected for {ChatTexts.English.Duration(time.GetUtcNow() - since)}")
            : new ReadinessResult("slack", false, "not connected yet");
    }
}
