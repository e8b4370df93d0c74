using ChatOps.Bench.Ack;
using ChatOps.Bench.Support;

namespace ChatOps.Tests.Bench;

/// <summary>The ack benchmark in a tiny configuration, so it keeps working; behaviour only, never its timings.</summary>
public class AckBenchmarkTests
{
    [Fact]
    public async Task A_tiny_run_has_a_row_per_transport_and_every_interaction_acknowledged_and_handled()
    {
        var arguments = BenchArguments.Parse(["--interactions", "5", "--rounds", "1", "--warmup", "1", "--cards", "2", "--connections", "1"]);

        var result = await new AckBenchmark().RunAsync(arguments, TestContext.Current.CancellationToken);

        foreach (var transport in new[] { "HTTP", "Socket Mode" })
        {
            var acknowledged = Assert.Single(result.Rows, r => r.Metric == $"{transport} acknowledged");
            Assert.Equal(("5/5", true), (acknowledged.Value, acknowledged.Met));
            Assert.EndsWith(" ms", Assert.Single(result.Rows, r => r.Metric == $"{transport} ack p99").Value, StringComparison.Ordinal);
            Assert.Equal("5/5", Assert.Single(result.Rows, r => r.Metric == $"{transport} work done after the ack (modal opened or answered)").Value);
        }
    }
}
