using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Oci.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer it is asked for, so a test can wait for the real
/// signal "the code under test is now waiting" and then move time exactly to that timer, never guessing.
/// </summary>
internal sealed class SteppingClock : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _scheduled = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource Signal)> _waiters = [];
    private readonly Channel<(DateTimeOffset Due, TimeSpan Delay)> _dueTimes = Channel.CreateUnbounded<(DateTimeOffset, TimeSpan)>();

    public SteppingClock()
        : base(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Every finite delay a timer was created with, in order.</summary>
    public IReadOnlyList<TimeSpan> Scheduled
    {
        get
        {
            lock (_lock)
            {
                return [.. _scheduled];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // The timer exists before anyone hears of it: a driver that moved the clock first would leave it waiting
        // for a due time counted from the moved clock, which nobody advances to.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock)
            {
                _scheduled.Add(dueTime);
                foreach (var waiter in _waiters.Where(w => w.Match(dueTime)).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }

            _dueTimes.Writer.TryWrite((GetUtcNow() + dueTime, dueTime));
        }

        return timer;
    }

    /// <summary>Completes once a timer whose delay satisfies <paramref name="match"/> has been created.</summary>
    public Task WaitForTimerAsync(Func<TimeSpan, bool> match)
    {
        lock (_lock)
        {
            if (_scheduled.Any(match))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    /// <summary>
    /// Starts <paramref name="start"/> and runs it to completion: whenever it waits on a timer, moves the clock to
    /// that timer's due time. Timers whose delay <paramref name="advanceFor"/> rejects are left alone (e.g. a
    /// timeout that must not fire while a real answer is on its way). The real-time limit is only a safety net.
    /// </summary>
    public async Task<T> DriveAsync<T>(Func<Task<T>> start, Func<TimeSpan, bool>? advanceFor = null)
    {
        var work = start();
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var timerReady = _dueTimes.Reader.WaitToReadAsync(safety.Token).AsTask();
            if (await Task.WhenAny(work, timerReady) == work)
            {
                return await work;
            }

            await timerReady;
            while (_dueTimes.Reader.TryRead(out var timer))
            {
                var now = GetUtcNow();
                if (timer.Due > now && (advanceFor?.Invoke(timer.Delay) ?? true))
                {
                    Advance(timer.Due - now);
                }
            }
        }
    }
}
