using System.Net.WebSockets;
using ChatOps.Bot.Slack.Api;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Opens one link: a fresh URL from apps.connections.open (URLs are single use), the WebSocket handshake with
/// ping/pong keep-alive, and the <c>hello</c> frame. The URL carries a ticket and is never logged.
/// </summary>
internal sealed class SocketModeConnector(
    SlackApiClient api,
    SocketEnvelopeHandler envelopes,
    SocketModeState state,
    SlackTuning tuning,
    TimeProvider time,
    ILogger<SocketModeConnector> logger)
{
    private int _nextId;

    public async Task<SocketModeLink?> OpenAsync(CancellationToken cancellationToken)
    {
        var url = await api.OpenSocketConnectionAsync(cancellationToken);
        if (!url.IsOk)
        {
            return Fail($"apps.connections.open failed: {url.Error.Code}");
        }

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = tuning.SocketPingInterval;
        socket.Options.KeepAliveTimeout = tuning.SocketPingTimeout;
        using var timeout = new CancellationTokenSource(tuning.HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await socket.ConnectAsync(url.Value, linked.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            socket.Dispose();
            return Fail($"WebSocket connect failed: {ex.GetType().Name}");
        }

        var link = new SocketModeLink(Interlocked.Increment(ref _nextId), socket, envelopes, state, tuning, time, logger);
        link.Start();
        bool hello;
        try
        {
            hello = await link.WaitForHelloAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            hello = false;
        }
        catch (OperationCanceledException)
        {
            await link.DisposeAsync();
            throw;
        }

        if (!hello)
        {
            await link.DisposeAsync();
            return Fail("no hello from Socket Mode");
        }

        logger.LogInformation("Socket Mode link {Link} connected", link.Id);
        return link;
    }

    private SocketModeLink? Fail(string error)
    {
        state.Failed(error);
        logger.LogWarning("Socket Mode: {Error}", error);
        return null;
    }
}
