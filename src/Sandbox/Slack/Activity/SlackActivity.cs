using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Activity;

/// <summary>
/// One visible change the bot made. <see cref="Via"/> says how: a Web API method name, <c>response_url</c> or
/// <c>ack</c> (an answer carried in the acknowledgement of a command or submission).
/// </summary>
public sealed record SlackActivity(
    long Sequence,
    SlackActivityKind Kind,
    DateTimeOffset At,
    string Via,
    string? Channel = null,
    string? Ts = null,
    string? ThreadTs = null,
    string? UserId = null,
    string? ViewId = null,
    string? Text = null,
    string? BlocksJson = null)
{
    public JsonArray? Blocks() => BlocksJson is null ? null : JsonNode.Parse(BlocksJson)?.AsArray();
}
