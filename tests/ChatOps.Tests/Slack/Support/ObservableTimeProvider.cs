using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Slack.Support;

/// <summary>A fake clock that also tells when code starts waiting on it, so a test advances time only once the wait is armed.</summary>
internal sealed class ObservableTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TimeSpan> _timers = new();
    private readonly Signal _changed = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Enqueue(dueTime);
        _changed.Notify();
        return timer;
    }

    /// <summary>Waits until <paramref name="count"/> timers with this due time have been created in total.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int count, CancellationToken cancellationToken) =>
        _changed.WaitUntilAsync(() => _timers.Count(t => t == dueTime) >= count, cancellationToken);
}
