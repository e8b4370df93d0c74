using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Slack.SocketMode;

/// <summary>An acknowledgement the bot sent: the envelope id and the optional response payload.</summary>
public sealed record SocketAck(string EnvelopeId, int ConnectionId, string? PayloadJson)
{
    public JsonObject? Payload() => PayloadJson is null ? null : JsonNode.Parse(PayloadJson)?.AsObject();
}
