namespace ChatOps.Sandbox.Google;

/// <summary>Failure injection for one hop: the next N requests get the given status and error.</summary>
public sealed class HopFaults
{
    private readonly Lock _lock = new();
    private readonly Queue<InjectedFailure> _next = new();

    public void FailNext(int count, int status = 400, string error = "invalid_request", string description = "injected failure")
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _next.Enqueue(new InjectedFailure(status, error, description));
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _next.Clear();
        }
    }

    internal bool TryTake(out InjectedFailure failure)
    {
        lock (_lock)
        {
            return _next.TryDequeue(out failure!);
        }
    }
}
