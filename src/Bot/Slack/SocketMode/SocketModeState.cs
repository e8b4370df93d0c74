namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>Live connection state of Socket Mode, shared by all links.</summary>
internal sealed class SocketModeState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _connected;
    private long _connects;
    private bool _disabled;
    private string? _lastError;
    private DateTimeOffset? _lastErrorAt;
    private DateTimeOffset? _lastHelloAt;

    public void Connected()
    {
        lock (_gate)
        {
            _connected++;
            _connects++;
            _lastHelloAt = time.GetUtcNow();
        }
    }

    public void Disconnected()
    {
        lock (_gate)
        {
            _connected = Math.Max(0, _connected - 1);
        }
    }

    public void Failed(string error)
    {
        lock (_gate)
        {
            _lastError = error;
            _lastErrorAt = time.GetUtcNow();
        }
    }

    public void Disable(string reason)
    {
        lock (_gate)
        {
            _disabled = true;
            _lastError = reason;
            _lastErrorAt = time.GetUtcNow();
        }
    }

    public SocketModeStatus Snapshot()
    {
        lock (_gate)
        {
            return new(_connected, _disabled, _lastError, _lastErrorAt, _lastHelloAt, _connects);
        }
    }
}
