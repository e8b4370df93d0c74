using ChatOps.Bench.Resume;
using ChatOps.Bench.Support;

namespace ChatOps.Tests.Bench;

public class ResumeBenchmarkTests
{
    [Fact]
    public async Task After_a_sigkill_every_request_in_flight_is_polled_again()
    {
        var scale = new ScaledWorld(600);

        var measured = await ResumeRun.RunAsync(5, scale, TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.Equal(5, measured.InFlight);
        Assert.True(measured.WorkRequests >= 5, $"{measured.WorkRequests} work requests");
        Assert.Equal(measured.WorkRequests, measured.Progressed);
        Assert.True(measured.FirstCall <= measured.AllProgressed);
        Assert.Contains(ResumeBenchmark.Rows(measured, scale), r => r.Metric == "restart → every work request polled again" && r.Met is not null);
    }
}
