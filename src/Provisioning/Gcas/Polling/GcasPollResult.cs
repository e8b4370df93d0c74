namespace ChatOps.Provisioning.Gcas.Polling;

/// <summary>
/// What one poll did: pages read, applications that became new requests and ones already known. On failure the
/// cursor still points after the last page whose applications were all taken in.
/// </summary>
public sealed record GcasPollResult(int Pages, int Created, int Duplicates, GcasFailure? Failure = null, bool Transient = true)
{
    public bool Succeeded => Failure is null;
}
