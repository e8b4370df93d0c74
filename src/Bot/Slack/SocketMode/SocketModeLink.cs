using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Reads frames until the socket ends; <see cref="Ended"/> completes at the first
/// sign that the link should be replaced (a <c>disconnect</c>, a close, a failure, or silence beyond the idle
/// timeout) while reading goes on, so envelopes still arriving on a retiring socket are acked.
/// </summary>
internal sealed class SocketModeLink(
    int id,
    ClientWebSocket socket,
    SocketEnvelopeHandler envelopes,
    SocketModeState state,
    SlackTuning tuning,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly TaskCompletionSource<JsonElement> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<LinkEnd> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private ITimer? _idle;
    private Task _receiving = Task.CompletedTask;
    private int _saidHello;
    private int _closed;

    public int Id => id;

    /// <summary>True once Slack said hello; false when the link ended first.</summary>
    public async Task<bool> WaitForHelloAsync(CancellationToken cancellationToken)
    {
        var first = await Task.WhenAny(_hello.Task, _ended.Task).WaitAsync(cancellationToken);
        return first == _hello.Task;
    }

    public Task<LinkEnd> WaitForEndAsync(CancellationToken cancellationToken) => _ended.Task.WaitAsync(cancellationToken);

    public void Start()
    {
        _idle = time.CreateTimer(_ => End(new LinkEnd(LinkEndKind.Idle)), null, tuning.SocketIdleTimeout, Timeout.InfiniteTimeSpan);
        _receiving = ReceiveLoopAsync(_stop.Token);
    }

    /// <summary>Graceful close: let in-flight acks go out, send a close frame, wait briefly for the reader, then abort.</summary>
    public async Task CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1)
        {
            return;
        }

        End(new LinkEnd(LinkEndKind.Stopping));
        _idle?.Dispose();
        await Quietly(() => Task.WhenAll(_inFlight.Keys).WaitAsync(tuning.SocketCloseTimeout, time));
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(tuning.SocketCloseTimeout, time);
            await Quietly(() => socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token));
        }

        await Quietly(() => _receiving.WaitAsync(tuning.SocketCloseTimeout, time));
        await _stop.CancelAsync();
        socket.Abort();
        await Quietly(() => _receiving.WaitAsync(CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private void End(LinkEnd end) => _ended.TrySetResult(end);

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                message.SetLength(0);
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        End(new LinkEnd(LinkEndKind.Closed, socket.CloseStatusDescription));
                        return;
                    }

                    if (message.Length + result.Count > tuning.MaxSocketMessageBytes)
                    {
                        End(new LinkEnd(LinkEndKind.Dropped, "message too large"));
                        return;
                    }

                    await message.WriteAsync(buffer.AsMemory(0, result.Count), cancellationToken);
                }
                while (!result.EndOfMessage);

                _idle?.Change(tuning.SocketIdleTimeout, Timeout.InfiniteTimeSpan);
                OnFrame(message.GetBuffer().AsMemory(0, (int)message.Length));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            End(new LinkEnd(LinkEndKind.Stopping));
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            End(new LinkEnd(LinkEndKind.Dropped, ex.GetType().Name));
        }
        finally
        {
            if (Interlocked.Exchange(ref _saidHello, 0) == 1)
            {
                state.Disconnected();
            }
        }
    }

    private void OnFrame(ReadOnlyMemory<byte> frame)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(frame);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            logger.LogWarning("Socket Mode link {Link} received a frame that is not JSON", id);
            return;
        }

        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "hello")
        {
            if (Interlocked.Exchange(ref _saidHello, 1) == 0)
            {
                state.Connected();
            }

            _hello.TrySetResult(root);
        }
        else if (type == "disconnect")
        {
            var reason = root.TryGetProperty("reason", out var r) ? r.GetString() : null;
            logger.LogInformation("Socket Mode link {Link}: disconnect requested ({Reason})", id, reason);
            End(new LinkEnd(LinkEndKind.Disconnect, reason));
        }
        else if (root.TryGetProperty("envelope_id", out _))
        {
            var work = AcknowledgeAsync(root);
            _inFlight.TryAdd(work, true);
            _ = work.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task AcknowledgeAsync(JsonElement envelope)
    {
        try
        {
            var ack = await envelopes.HandleAsync(envelope, _stop.Token);
            await SendAsync(ack);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The link is going away; Slack redelivers what was not acked.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Socket Mode link {Link} could not acknowledge an envelope", id);
        }
    }

    private async Task SendAsync(JsonObject frame)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame);
        await _sendLock.WaitAsync(_stop.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, _stop.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static async Task Quietly(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            // Closing a socket that is already gone.
        }
    }
}
