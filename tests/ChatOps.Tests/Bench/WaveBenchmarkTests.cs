using ChatOps.Bench.Support;
using ChatOps.Bench.Wave;

namespace ChatOps.Tests.Bench;

/// <summary>The wave benchmark in miniature, so it keeps working: behaviour only, never its timings.</summary>
public class WaveBenchmarkTests
{
    [Fact]
    public async Task A_small_wave_completes_every_application_and_fills_the_table()
    {
        var scale = new ScaledWorld(600);

        var measured = await WaveRun.RunAsync(5, scale, TimeSpan.FromMinutes(4), TestContext.Current.CancellationToken);

        Assert.Equal(5, measured.Completed);
        Assert.True(measured.OciCalls.GetValueOrDefault("organizations") >= 10, string.Join(", ", measured.OciCalls));
        Assert.True(measured.OciCalls.GetValueOrDefault("identity") > 0);
        Assert.InRange(measured.RegionCalls, 1, measured.OciCalls["identity"] - 1);
        Assert.True(measured.SlackMessages >= 5, $"{measured.SlackMessages} Slack messages");
        var rows = WaveBenchmark.Rows(measured, scale);
        Assert.Contains(rows, r => r.Metric == "makespan / ideal" && r.Met is not null);
        Assert.Contains(rows, r => r.Metric.StartsWith("pipeline bound: ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Metric == "OCI 429s received");
    }
}
