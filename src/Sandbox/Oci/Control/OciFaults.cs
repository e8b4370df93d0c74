namespace ChatOps.Sandbox.Oci.Control;

/// <summary>
/// Failure injection on demand. Each call arms a fault for the next <c>count</c> matching requests; an empty
/// operation list matches every operation. Operation names are OCI's (e.g. <c>CreateChildTenancy</c>).
/// </summary>
public sealed class OciFaults
{
    private readonly Lock _lock = new();
    private readonly List<SimFault> _faults = [];
    private readonly Queue<(string Code, string Message)> _workRequestFailures = new();

    /// <summary>429 TooManyRequests, with a <c>retry-after</c> header (seconds) when given.</summary>
    public void Throttle(int count, TimeSpan? retryAfter = null, params string[] operations) =>
        Arm(new SimFault(SimFaultKind.Throttle, count, operations.ToHashSet()) { Status = 429, Code = "TooManyRequests", Message = "Too many requests for the user.", RetryAfter = retryAfter });

    /// <summary>An error answer instead of the operation: 500s, or permanent ones such as 400 LimitExceeded.</summary>
    public void Fail(int count, int status, string code, string message, params string[] operations) =>
        Arm(new SimFault(SimFaultKind.Fail, count, operations.ToHashSet()) { Status = status, Code = code, Message = message });

    /// <summary>The operation is carried out, then a 500 is answered: the case retry tokens exist for.</summary>
    public void FailAfterCommit(int count, params string[] operations) =>
        Arm(new SimFault(SimFaultKind.FailAfterCommit, count, operations.ToHashSet()) { Status = 500, Code = "InternalServerError", Message = "Internal error." });

    /// <summary>Holds the answer back for <paramref name="delay"/> (on the simulator's clock) to provoke client timeouts.</summary>
    public void Delay(int count, TimeSpan delay, params string[] operations) =>
        Arm(new SimFault(SimFaultKind.Delay, count, operations.ToHashSet()) { Delay = delay });

    /// <summary>The next <paramref name="count"/> CREATE_CHILD_TENANCY work requests end FAILED with this error.</summary>
    public void FailWorkRequests(int count, string code, string message)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _workRequestFailures.Enqueue((code, message));
            }
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _faults.Clear();
            _workRequestFailures.Clear();
        }
    }

    internal SimFault? TakeBefore(string operation) => Take(operation, f => f.Kind != SimFaultKind.FailAfterCommit);

    internal SimFault? TakeAfterCommit(string operation) => Take(operation, f => f.Kind == SimFaultKind.FailAfterCommit);

    internal (string Code, string Message)? TakeWorkRequestFailure()
    {
        lock (_lock)
        {
            return _workRequestFailures.TryDequeue(out var failure) ? failure : null;
        }
    }

    private void Arm(SimFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fault.Remaining);
        lock (_lock)
        {
            _faults.Add(fault);
        }
    }

    private SimFault? Take(string operation, Func<SimFault, bool> phase)
    {
        lock (_lock)
        {
            var fault = _faults.FirstOrDefault(f => phase(f) && f.Matches(operation));
            if (fault is null)
            {
                return null;
            }

            if (--fault.Remaining == 0)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }
}
