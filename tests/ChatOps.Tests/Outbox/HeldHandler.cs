using ChatOps.Provisioning.Outbox;

namespace ChatOps.Tests.Outbox;

/// <summary>A receiver whose deliveries all wait until released, counting how many have started.</summary>
internal sealed class HeldHandler(string kind) : IOutboxHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];
    private int _count;

    public string Kind => kind;

    public int Count => Volatile.Read(ref _count);

    public void Release() => _release.TrySetResult();

    public Task Started(int count)
    {
        lock (_gate)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, signal));
            return signal.Task;
        }
    }

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _count++;
            foreach (var waiter in _waiters.Where(w => _count >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }

        await _release.Task.WaitAsync(cancellationToken);
        return DeliveryResult.Delivered;
    }
}
