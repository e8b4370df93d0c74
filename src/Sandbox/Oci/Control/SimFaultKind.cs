namespace ChatOps.Sandbox.Oci.Control;

/// <summary>When a fault acts: before the operation (it never happens) or after it (it happened, the answer is lost).</summary>
internal enum SimFaultKind
{
    Throttle,
    Fail,
    Delay,
    FailAfterCommit,
}
