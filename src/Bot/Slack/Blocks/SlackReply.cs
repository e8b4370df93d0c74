using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Blocks;

/// <summary>
/// An answer to a user action, sent in the ack or through <c>response_url</c>. Ephemeral unless
/// <see cref="InChannel"/>; <see cref="ReplaceOriginal"/> edits the message whose button was clicked.
/// </summary>
internal sealed record SlackReply(SlackMessage Message, bool InChannel = false, bool ReplaceOriginal = false)
{
    public static SlackReply Ephemeral(string text, IReadOnlyList<Block>? blocks = null) => new(new SlackMessage(text, blocks));

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["response_type"] = InChannel ? "in_channel" : "ephemeral",
            ["text"] = Message.Text,
        };
        if (Message.Blocks is not null)
        {
            json["blocks"] = JsonSerializer.SerializeToNode(Message.Blocks, SlackJson.Options);
        }

        if (ReplaceOriginal)
        {
            json["replace_original"] = true;
        }

        return json;
    }
}
