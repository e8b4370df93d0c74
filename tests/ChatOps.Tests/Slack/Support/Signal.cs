namespace ChatOps.Tests.Slack.Support;

/// <summary>Lets a test await a condition that other threads make true, without polling or sleeping.</summary>
internal sealed class Signal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (true)
        {
            var next = Volatile.Read(ref _next).Task;
            if (condition())
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }
}
