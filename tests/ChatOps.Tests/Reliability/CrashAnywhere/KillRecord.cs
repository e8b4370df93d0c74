namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>One kill as it happened: the plan, whether the awaited activity came, and what the world had seen by then.</summary>
internal sealed record KillRecord(int Number, KillPoint Point, bool Hit, TimeSpan Lifetime, int OciCalls, int GcasEvents)
{
    public override string ToString() =>
        $"kill {Number,2}: {Point,-22} {(Hit ? "hit " : "idle")} after {Lifetime.TotalMilliseconds,5:0} ms (OCI calls {OciCalls}, GCAS events {GcasEvents})";
}
