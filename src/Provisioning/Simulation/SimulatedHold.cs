namespace ChatOps.Provisioning.Simulation;

/// <summary>
/// A point where a simulated call stops after its side effect and before it returns, until released or
/// cancelled — how tests place a crash exactly between "sent" and "recorded".
/// </summary>
public sealed class SimulatedHold
{
    private readonly TaskCompletionSource<string> _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the request id of the first call that reached the hold.</summary>
    public Task<string> Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    internal async Task WaitAsync(string requestId, CancellationToken cancellationToken)
    {
        _reached.TrySetResult(requestId);
        await _released.Task.WaitAsync(cancellationToken);
    }
}
