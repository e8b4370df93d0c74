namespace ChatOps.Sandbox.Slack.Activity;

/// <summary>Wakes waiters whenever something changed, so tests await conditions instead of polling or sleeping.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Take the signal before checking, so a change between the check and the wait is not missed.
            var next = Volatile.Read(ref _next).Task;
            if (condition())
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }
}
