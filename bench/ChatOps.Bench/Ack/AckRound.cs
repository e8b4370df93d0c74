namespace ChatOps.Bench.Ack;

/// <summary>One round: how many interactions were sent at once, how many were acknowledged, and each one's latency.</summary>
internal sealed record AckRound(int Sent, int Acknowledged, IReadOnlyList<double> LatenciesMs, int WorkDone)
{
    public LatencySummary Summary => LatencySummary.Of([.. LatenciesMs]);
}
