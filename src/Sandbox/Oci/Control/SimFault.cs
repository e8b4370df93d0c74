namespace ChatOps.Sandbox.Oci.Control;

/// <summary>One armed fault and how many more requests it hits.</summary>
internal sealed class SimFault(SimFaultKind kind, int count, IReadOnlySet<string> operations)
{
    public SimFaultKind Kind { get; } = kind;

    public int Remaining { get; set; } = count;

    public IReadOnlySet<string> Operations { get; } = operations;

    public int Status { get; init; }

    public string Code { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;

    public TimeSpan? RetryAfter { get; init; }

    public TimeSpan Delay { get; init; }

    public bool Matches(string operation) => Operations.Count == 0 || Operations.Contains(operation);
}
