namespace ChatOps.Sandbox.Oci.Control;

/// <summary>Counts of authenticated calls per operation, of 429s sent and of refused signatures; awaitable for tests.</summary>
public sealed class OciCallCounters
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _services = new(StringComparer.Ordinal);
    private readonly List<(string Operation, int Count, TaskCompletionSource Signal)> _waiters = [];
    private int _throttled;
    private int _unauthenticated;

    public int Throttled => Volatile.Read(ref _throttled);

    public int Unauthenticated => Volatile.Read(ref _unauthenticated);

    public int Calls(string operation)
    {
        lock (_lock)
        {
            return _calls.GetValueOrDefault(operation);
        }
    }

    public IReadOnlyDictionary<string, int> Snapshot()
    {
        lock (_lock)
        {
            return new Dictionary<string, int>(_calls, StringComparer.Ordinal);
        }
    }

    /// <summary>Calls per service host label (<c>organizations</c>, <c>identity</c>, …), throttled ones included.</summary>
    public IReadOnlyDictionary<string, int> ServiceSnapshot()
    {
        lock (_lock)
        {
            return new Dictionary<string, int>(_services, StringComparer.Ordinal);
        }
    }

    /// <summary>Completes once <paramref name="operation"/> has been called at least <paramref name="count"/> times.</summary>
    public Task WaitForCallsAsync(string operation, int count, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_calls.GetValueOrDefault(operation) >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((operation, count, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    internal void Count(string operation, string? service = null)
    {
        lock (_lock)
        {
            if (service is not null)
            {
                _services[service] = _services.GetValueOrDefault(service) + 1;
            }

            var now = _calls[operation] = _calls.GetValueOrDefault(operation) + 1;
            foreach (var waiter in _waiters.Where(w => w.Operation == operation && now >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);

    internal void CountUnauthenticated() => Interlocked.Increment(ref _unauthenticated);
}
