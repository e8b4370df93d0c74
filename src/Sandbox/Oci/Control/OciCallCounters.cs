namespace ChatOps.Sandbox.Oci.Control;

/// <summary>Counts of authenticated calls per operation, of 429s sent and of refused signatures; awaitable for tests.</summary>
public sealed class OciCallCounters
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _services = new(StringComparer.Ordinal);
    private readonly List<(string Operation, int Count, TaskCompletionSource Signal)> _waiters = [];
    private Action<string, string>[] _observers = [];
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

    /// <summary>
    /// Calls <paramref name="observer"/> with (operation, path) for every authenticated call until the result is
    /// disposed, e.g. to see which work request each caller polls. It runs on the request's thread: keep it short.
    /// </summary>
    public IDisposable Observe(Action<string, string> observer)
    {
        lock (_lock)
        {
            _observers = [.. _observers, observer];
        }

        return new Unsubscriber(() =>
        {
            lock (_lock)
            {
                _observers = [.. _observers.Where(o => o != observer)];
            }
        });
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

    internal void Count(string operation, string? service = null, string? path = null)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            observer(operation, path ?? string.Empty);
        }

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

    private sealed class Unsubscriber(Action unsubscribe) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
