namespace ChatOps.Sandbox.Gcas;

/// <summary>Failure injection for the GCAS simulator: an outage window, a number of 500s, slow answers.</summary>
public sealed class GcasFaults(TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _unavailableUntil = DateTimeOffset.MinValue;
    private TimeSpan _retryAfter;
    private int _serverErrors;
    private int _slowResponses;
    private TimeSpan _delay;

    /// <summary>Answer 503 with <c>Retry-After</c> until <paramref name="period"/> has passed on the simulator's clock.</summary>
    public void UnavailableFor(TimeSpan period, TimeSpan? retryAfter = null)
    {
        lock (_lock)
        {
            _unavailableUntil = time.GetUtcNow().Add(period);
            _retryAfter = retryAfter ?? period;
        }
    }

    /// <summary>Answer 500 to the next <paramref name="count"/> requests.</summary>
    public void FailNext(int count)
    {
        lock (_lock)
        {
            _serverErrors = count;
        }
    }

    /// <summary>Hold the next <paramref name="count"/> answers back for <paramref name="delay"/> (real time; for client time-outs).</summary>
    public void SlowNext(int count, TimeSpan delay)
    {
        lock (_lock)
        {
            _slowResponses = count;
            _delay = delay;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _unavailableUntil = DateTimeOffset.MinValue;
            _serverErrors = _slowResponses = 0;
        }
    }

    internal (TimeSpan? RetryAfter, bool ServerError, TimeSpan Delay) Next()
    {
        lock (_lock)
        {
            TimeSpan? unavailable = time.GetUtcNow() < _unavailableUntil ? _retryAfter : null;
            var serverError = unavailable is null && _serverErrors > 0 && _serverErrors-- > 0;
            var delay = _slowResponses > 0 && _slowResponses-- > 0 ? _delay : TimeSpan.Zero;
            return (unavailable, serverError, delay);
        }
    }
}
