using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack.SocketMode;

/// <summary>One accepted Socket Mode WebSocket on the simulator side.</summary>
public sealed class SimSocketConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _serverClosing;

    internal SimSocketConnection(int id, WebSocket socket, HttpContext http, DateTimeOffset openedAt)
    {
        Id = id;
        _socket = socket;
        _http = http;
        OpenedAt = openedAt;
    }

    public int Id { get; }

    public DateTimeOffset OpenedAt { get; }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    internal bool ServerClosing => Volatile.Read(ref _serverClosing) == 1;

    internal async Task SendAsync(JsonObject frame, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Reads frames until the socket ends; returns how it ended.</summary>
    internal async Task<SocketLifecycleKind> ReceiveAsync(Action<JsonObject> onFrame, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                message.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        if (!ServerClosing)
                        {
                            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                        }

                        return ServerClosing ? SocketLifecycleKind.ClosedByServer : SocketLifecycleKind.ClosedByClient;
                    }

                    await message.WriteAsync(buffer.AsMemory(0, result.Count), cancellationToken);
                }
                while (!result.EndOfMessage);

                if (Parse(message.ToArray()) is { } frame)
                {
                    onFrame(frame);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return SocketLifecycleKind.Dropped;
        }
    }

    /// <summary>A server-initiated close handshake, as Slack does after <c>link_disabled</c> or a refresh.</summary>
    internal async Task CloseAsync(string reason, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _serverClosing, 1);
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                Abort();
            }
        }
    }

    /// <summary>Drops the TCP connection without a close frame, like a network failure.</summary>
    internal void Abort()
    {
        try
        {
            _http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended (the client closed it): the connection is gone either way.
        }
    }

    private static JsonObject? Parse(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
