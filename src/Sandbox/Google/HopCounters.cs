namespace ChatOps.Sandbox.Google;

/// <summary>How often one hop was called and how many tokens it issued.</summary>
public sealed class HopCounters
{
    private int _requests;
    private int _issued;

    public int Requests => Volatile.Read(ref _requests);

    public int Issued => Volatile.Read(ref _issued);

    internal void Request() => Interlocked.Increment(ref _requests);

    internal void Issue() => Interlocked.Increment(ref _issued);
}
