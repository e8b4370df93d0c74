namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>Live connection state of Socket Mode, shared by all links; readiness can read or await it.</summary>
internal sealed class SocketModeState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

        Notify();
    }

    public void Disconnected()
    {
        lock (_gate)
        {
            _connected = Math.Max(0, _connected - 1);
        }

        Notify();
    }

    public void Failed(string error)
    {
        lock (_gate)
        {
            _lastError = error;
            _lastErrorAt = time.GetUtcNow();
        }

        Notify();
    }

    public void Disable(string reason)
    {
        lock (_gate)
        {
            _disabled = true;
            _lastError = reason;
            _lastErrorAt = time.GetUtcNow();
        }

        Notify();
    }

    /// <summary>Completes once the state satisfies the condition (e.g. at least one connection for readiness).</summary>
    public async Task WaitUntilAsync(Func<SocketModeStatus, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        while (true)
        {
            var next = Volatile.Read(ref _changed).Task;
            if (condition(Snapshot()))
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    public SocketModeStatus Snapshot()
    {
        lock (_gate)
        {
            return new(_connected, _disabled, _lastError, _lastErrorAt, _lastHelloAt, _connects);
        }
    }

    private void Notify() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
