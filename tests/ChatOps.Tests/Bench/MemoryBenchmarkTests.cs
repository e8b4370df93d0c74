using ChatOps.Bench.Memory;
using ChatOps.Bench.Support;

namespace ChatOps.Tests.Bench;

public class MemoryBenchmarkTests
{
    [Fact]
    public async Task The_bot_process_holds_a_small_wave_in_flight_and_its_memory_is_sampled()
    {
        var scale = new ScaledWorld(600);

        var measured = await MemoryRun.RunAsync(5, scale, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.Equal(5, measured.InFlight);
        Assert.True(measured.Samples > 0);
        Assert.True(measured.SteadyMean > 10L * 1024 * 1024, $"{measured.SteadyMean} bytes is not a .NET process");
        Assert.True(measured.Peak >= measured.SteadyMax);
        Assert.Equal(7, MemoryBenchmark.Rows(measured, scale, TimeSpan.FromSeconds(1)).Count);
    }
}
