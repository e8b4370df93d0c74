using System.Globalization;
using ChatOps.Bench.Support;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Bench.Ack;

/// <summary>
/// Slack's 3-second rule from the bot's side: concurrent block_actions clicks against the real bot host over HTTP
/// (v0-signed POSTs to /slack/interactions) and over Socket Mode, timed until each one's acknowledgement arrives.
/// </summary>
internal sealed class AckBenchmark : IBenchmark
{
    public const double TargetP99Ms = 50;

    public string Name => "ack";

    public string Description => "p50/p95/p99 acknowledgement latency of 200 concurrent Slack interactions, HTTP and Socket Mode";

    public async Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var settings = AckSettings.From(arguments);
        var http = await AckDriver.RunAsync(SlackDeliveryMode.Http, "HTTP", settings, cancellationToken);
        var socket = await AckDriver.RunAsync(SlackDeliveryMode.SocketMode, "Socket Mode", settings, cancellationToken);
        List<BenchRow> rows =
        [
            new("interactions at once × measured rounds (after warm-up)", $"{settings.Interactions} × {settings.Rounds} (+{settings.WarmupRounds})"),
            .. Rows(http),
            .. Rows(socket),
        ];
        return new BenchResult("ack: Slack interaction acknowledgement latency", rows);
    }

    private static IEnumerable<BenchRow> Rows(AckTransportResult result)
    {
        var summary = result.Summary;
        var label = result.Label;
        yield return new BenchRow($"{label} acknowledged", $"{result.Acknowledged}/{result.Sent}", "all", result.Acknowledged == result.Sent);
        yield return new BenchRow($"{label} ack p50", Ms(summary.P50));
        yield return new BenchRow($"{label} ack p95", Ms(summary.P95));
        yield return new BenchRow($"{label} ack p99", Ms(summary.P99), $"< {Ms(TargetP99Ms)}", summary.Count > 0 && summary.P99 < TargetP99Ms);
        yield return new BenchRow($"{label} ack max", Ms(summary.Max));
        yield return new BenchRow($"{label} p99 by round", string.Join(" / ", result.Rounds.Select(r => Ms(r.Summary.P99))));
        yield return new BenchRow($"{label} work done after the ack (modal opened or answered)", $"{result.WorkDone}/{result.Sent}");
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
