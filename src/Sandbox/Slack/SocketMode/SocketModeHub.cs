using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.WebApi;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack.SocketMode;

/// <summary>
/// The Socket Mode side of Slack: single-use tickets from apps.connections.open, <c>hello</c> on connect,
/// envelopes to a connection of the app, acks by envelope_id, event redelivery after an ack timeout, and test
/// hooks to send <c>disconnect</c> or drop a socket.
/// </summary>
public sealed partial class SocketModeHub : IDisposable
{
    private readonly SimulatorCore _core;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _tickets = new(StringComparer.Ordinal);
    private readonly List<SimSocketConnection> _open = [];
    private readonly List<SocketLifecycleEvent> _lifecycle = [];
    private readonly List<SocketAck> _acks = [];
    private readonly Dictionary<string, TaskCompletionSource<SocketAck>> _pending = new(StringComparer.Ordinal);
    private readonly ChangeSignal _changed = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _nextConnection;
    private int _roundRobin;
    private long _urlsIssued;

    internal SocketModeHub(SimulatorCore core) => _core = core;

    /// <summary>How many Socket Mode URLs apps.connections.open handed out.</summary>
    public long UrlsIssued => Interlocked.Read(ref _urlsIssued);

    public IReadOnlyList<SimSocketConnection> OpenConnections
    {
        get
        {
            lock (_gate)
            {
                return _open.ToList();
            }
        }
    }

    public IReadOnlyList<SocketLifecycleEvent> Lifecycle
    {
        get
        {
            lock (_gate)
            {
                return _lifecycle.ToList();
            }
        }
    }

    public IReadOnlyList<SocketAck> Acks
    {
        get
        {
            lock (_gate)
            {
                return _acks.ToList();
            }
        }
    }

    public Task WaitUntilAsync(Func<SocketModeHub, bool> condition, CancellationToken cancellationToken = default) =>
        _changed.WaitUntilAsync(() => condition(this), cancellationToken);

    public Task WaitForConnectionsAsync(int count, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(hub => hub.OpenConnections.Count >= count, cancellationToken);

    /// <summary>Sends <c>disconnect</c>. Slack closes the socket itself right away for <c>link_disabled</c>, else after a grace period.</summary>
    public async Task SendDisconnectAsync(string reason, SimSocketConnection? connection = null, CancellationToken cancellationToken = default)
    {
        var target = connection ?? OpenConnections.FirstOrDefault() ?? throw new InvalidOperationException("No open Socket Mode connection.");
        await target.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "applink-sim" } }, cancellationToken);
        Record(target.Id, SocketLifecycleKind.DisconnectSent, reason);
        if (reason == "link_disabled")
        {
            await target.CloseAsync(reason, cancellationToken);
        }
        else
        {
            _ = CloseAfterGraceAsync(target, reason);
        }
    }

    /// <summary>Drops a connection without a close handshake, like a broken network path.</summary>
    public void Drop(SimSocketConnection? connection = null)
    {
        var target = connection ?? OpenConnections.FirstOrDefault() ?? throw new InvalidOperationException("No open Socket Mode connection.");
        target.Abort();
    }

    /// <summary>Sends a raw envelope (e.g. the same one twice) and waits for its ack; null when none came in time.</summary>
    public async Task<SocketAck?> SendEnvelopeAsync(JsonObject envelope, SimSocketConnection? connection = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var target = connection ?? await PickAsync(cancellationToken);
        return target is null ? null : await SendAndWaitAsync(envelope, target, cancellationToken);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        foreach (var connection in OpenConnections)
        {
            connection.Abort();
        }

        _stopping.Dispose();
    }

    internal ApiResult OpenConnection(ApiCall call)
    {
        var ticket = _core.Ids.Ticket();
        lock (_gate)
        {
            _tickets[ticket] = _core.Now;
        }

        Interlocked.Increment(ref _urlsIssued);
        var url = new UriBuilder(_core.BaseUri) { Scheme = "ws", Path = "/link/", Query = "ticket=" + ticket };
        return ApiResult.Ok(new JsonObject { ["url"] = url.Uri.ToString() });
    }

    internal async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (!TakeTicket(http.Request.Query["ticket"].ToString()))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new SimSocketConnection(Interlocked.Increment(ref _nextConnection), socket, http, _core.Now);
        int count;
        lock (_gate)
        {
            count = _open.Count + 1;
        }

        // Hello comes first; only then is the connection eligible for envelopes.
        await connection.SendAsync(Hello(count), _stopping.Token);
        lock (_gate)
        {
            _open.Add(connection);
        }

        Record(connection.Id, SocketLifecycleKind.Opened);
        var ended = await connection.ReceiveAsync(frame => OnFrame(connection, frame), _stopping.Token);
        lock (_gate)
        {
            _open.Remove(connection);
        }

        Record(connection.Id, ended);
    }

    private JsonObject Hello(int connections) => new()
    {
        ["type"] = "hello",
        ["num_connections"] = connections,
        ["debug_info"] = new JsonObject { ["host"] = "applink-sim", ["build_number"] = 1, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = _core.Options.AppId },
    };

    private bool TakeTicket(string ticket)
    {
        lock (_gate)
        {
            // Tickets are single use and short-lived.
            return _tickets.Remove(ticket, out var issued) && _core.Now - issued < TimeSpan.FromMinutes(1);
        }
    }

    private void OnFrame(SimSocketConnection connection, JsonObject frame)
    {
        if (frame["envelope_id"]?.GetValue<string>() is not { } id)
        {
            return;
        }

        var ack = new SocketAck(id, connection.Id, frame["payload"] is JsonObject payload ? payload.ToJsonString() : null);
        TaskCompletionSource<SocketAck>? waiter;
        lock (_gate)
        {
            _acks.Add(ack);
            _pending.Remove(id, out waiter);
        }

        waiter?.TrySetResult(ack);
        _changed.Notify();
    }

    private void Record(int connectionId, SocketLifecycleKind kind, string? detail = null)
    {
        lock (_gate)
        {
            _lifecycle.Add(new SocketLifecycleEvent(_lifecycle.Count + 1, connectionId, kind, detail));
        }

        _changed.Notify();
    }

    private async Task CloseAfterGraceAsync(SimSocketConnection connection, string reason)
    {
        try
        {
            await Task.Delay(_core.Options.DisconnectGrace, _core.Options.Time, _stopping.Token);
            await connection.CloseAsync(reason, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Simulator stopped.
        }
    }
}
