using ChatOps.Bench.Support;

namespace ChatOps.Bench.Ack;

/// <summary>
/// How the ack benchmark runs: interactions sent at once per round, measured rounds after the warm-up rounds, the
/// request cards clicked on, and how many Socket Mode connections of the bot to wait for (it opens two, 10 s apart).
/// </summary>
internal sealed record AckSettings(int Interactions = 200, int Rounds = 5, int WarmupRounds = 2, int Cards = 5, int SocketConnections = 2)
{
    public static AckSettings From(BenchArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var fallback = new AckSettings();
        return new AckSettings(
            Math.Max(1, arguments.Int("interactions", fallback.Interactions)),
            Math.Max(1, arguments.Int("rounds", fallback.Rounds)),
            Math.Max(0, arguments.Int("warmup", fallback.WarmupRounds)),
            Math.Clamp(arguments.Int("cards", fallback.Cards), 1, 5),
            Math.Clamp(arguments.Int("connections", fallback.SocketConnections), 1, 2));
    }
}
