using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Oci.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that remembers each timer it handed out (when due, and how long it was set
/// for), so a test driving the whole host can move time to a short timer something waits on, such as an OCI
/// retry backoff, without ever firing a long one such as a request timeout.
/// </summary>
internal sealed class WorkflowClock() : FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _lock = new();
    private readonly List<(DateTimeOffset Due, TimeSpan Delay)> _timers = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Registered before it is reported, so moving the clock to its due time always fires it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock)
            {
                _timers.Add((GetUtcNow() + dueTime, dueTime));
            }
        }

        return timer;
    }

    /// <summary>
    /// The earliest due time after now of a timer set for at most <paramref name="longest"/> (disposed timers
    /// included: moving to one of those is harmless).
    /// </summary>
    public DateTimeOffset? NextTimer(TimeSpan longest)
    {
        var now = GetUtcNow();
        lock (_lock)
        {
            _timers.RemoveAll(t => t.Due <= now);
            var due = _timers.Where(t => t.Delay <= longest).Select(t => t.Due).ToList();
            return due.Count == 0 ? null : due.Min();
        }
    }
}
