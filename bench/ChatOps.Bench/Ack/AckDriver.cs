using System.Diagnostics;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Bench.Ack;

/// <summary>
/// Runs the rounds against one transport: all interactions of a round released at once, each timed from the moment
/// it is sent to the moment its ack (HTTP response, or the Socket Mode ack with its envelope_id) is back. Before the
/// next round the bot finishes the work behind the clicks, so rounds do not pile onto each other.
/// </summary>
internal static class AckDriver
{
    private static readonly TimeSpan WorkLimit = TimeSpan.FromSeconds(60);

    public static async Task<AckTransportResult> RunAsync(SlackDeliveryMode transport, string label, AckSettings settings, CancellationToken cancellationToken)
    {
        await using var target = await AckTarget.StartAsync(transport, settings, cancellationToken);
        var rounds = new List<AckRound>();
        for (var round = 0; round < settings.WarmupRounds + settings.Rounds; round++)
        {
            var result = await RoundAsync(target, settings.Interactions, round * settings.Interactions, cancellationToken);
            if (round >= settings.WarmupRounds)
            {
                rounds.Add(result);
            }
        }

        return new AckTransportResult(transport, label, rounds);
    }

    private static async Task<AckRound> RoundAsync(AckTarget target, int interactions, int offset, CancellationToken cancellationToken)
    {
        var mark = target.Mark();
        var ready = Enumerable.Range(offset, interactions).Select(target.Prepare).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clicks = ready.Select(send => Task.Run(
            async () =>
            {
                await go.Task;
                var started = Stopwatch.GetTimestamp();
                var acknowledged = await send(cancellationToken);
                return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, Acknowledged: acknowledged);
            },
            cancellationToken)).ToList();
        go.SetResult();
        var outcomes = await Task.WhenAll(clicks);
        var acknowledged = outcomes.Count(o => o.Acknowledged);
        var work = await target.WaitForWorkAsync(mark, interactions, WorkLimit, cancellationToken);
        return new AckRound(interactions, acknowledged, [.. outcomes.Where(o => o.Acknowledged).Select(o => o.TotalMilliseconds)], work);
    }
}
