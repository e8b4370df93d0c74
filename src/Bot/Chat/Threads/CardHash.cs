using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Blocks;

namespace ChatOps.Bot.Chat.Threads;

/// <summary>A short fingerprint of a message's content, to tell whether an update would change anything.</summary>
internal static class CardHash
{
    public static string Of(SlackMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = message.Text + "\n" + JsonSerializer.Serialize(message.Blocks, SlackJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];
    }
}
