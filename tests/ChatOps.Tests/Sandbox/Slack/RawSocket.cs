using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Tests.Sandbox.Slack;

/// <summary>A bare Socket Mode client for testing the simulator without the bot.</summary>
internal sealed class RawSocket(ClientWebSocket socket) : IDisposable
{
    public static async Task<RawSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, cancellationToken);
        return new RawSocket(socket);
    }

    /// <summary>The next text frame as JSON, or null when the server closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            await message.WriteAsync(buffer.AsMemory(0, result.Count), cancellationToken);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    public Task SendAsync(JsonObject frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);

    public void Dispose() => socket.Dispose();
}
