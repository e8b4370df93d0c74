using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.Workspace;

/// <summary>A message only <see cref="UserId"/> sees. <see cref="Via"/>: chat.postEphemeral, response_url or ack.</summary>
public sealed record SimEphemeral(string Channel, string UserId, string Ts, string? ThreadTs, string Text, string? BlocksJson, string Via)
{
    public JsonArray? Blocks() => BlocksJson is null ? null : JsonNode.Parse(BlocksJson)?.AsArray();
}
