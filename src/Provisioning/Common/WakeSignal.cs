namespace ChatOps.Provisioning.Common;

/// <summary>
/// Wakes one background loop early: <see cref="Notify"/> from anywhere, <see cref="WaitAsync"/> from the loop.
/// A notification that arrives while the loop is busy is remembered, so none is lost.
/// </summary>
public sealed class WakeSignal
{
    private int _pending;
    private TaskCompletionSource _waiter = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        Interlocked.Exchange(ref _pending, 1);
        Volatile.Read(ref _waiter).TrySetResult();
    }

    /// <summary>Returns when notified, when <paramref name="timeout"/> (null: never) has passed on <paramref name="time"/>, or throws when cancelled.</summary>
    public async Task WaitAsync(TimeSpan? timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _pending, 0) == 1)
        {
            return;
        }

        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _waiter, waiter);
        if (Interlocked.Exchange(ref _pending, 0) == 1)
        {
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = timeout is { } wait
            ? Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, time, stop.Token)
            : Task.Delay(Timeout.InfiniteTimeSpan, time, stop.Token);
        await Task.WhenAny(waiter.Task, delay);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        Interlocked.Exchange(ref _pending, 0);
    }
}
