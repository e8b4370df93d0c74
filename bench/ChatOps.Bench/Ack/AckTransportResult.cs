using ChatOps.Sandbox.Slack;

namespace ChatOps.Bench.Ack;

/// <summary>The measured rounds of one transport (warm-up rounds are not included).</summary>
internal sealed record AckTransportResult(SlackDeliveryMode Transport, string Label, IReadOnlyList<AckRound> Rounds)
{
    public int Sent => Rounds.Sum(r => r.Sent);

    public int Acknowledged => Rounds.Sum(r => r.Acknowledged);

    public int WorkDone => Rounds.Sum(r => r.WorkDone);

    public LatencySummary Summary => LatencySummary.Of([.. Rounds.SelectMany(r => r.LatenciesMs)]);
}
