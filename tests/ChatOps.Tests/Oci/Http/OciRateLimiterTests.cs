using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Http;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Oci.Http;

public class OciRateLimiterTests
{
    [Fact]
    public async Task Requests_beyond_the_burst_are_paced_at_the_configured_rate()
    {
        var clock = new FakeTimeProvider();
        var limiter = new OciRateLimiter(2, clock);

        var first = limiter.WaitAsync(CancellationToken.None).AsTask();
        var second = limiter.WaitAsync(CancellationToken.None).AsTask();
        var third = limiter.WaitAsync(CancellationToken.None).AsTask();
        var fourth = limiter.WaitAsync(CancellationToken.None).AsTask();

        Assert.True(first.IsCompletedSuccessfully && second.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(TimeSpan.FromMilliseconds(500), await third.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(fourth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.FromSeconds(1), await fourth.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_idle_limiter_refills_its_burst()
    {
        var clock = new FakeTimeProvider();
        var limiter = new OciRateLimiter(3, clock);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitAsync(CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromSeconds(5));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(TimeSpan.Zero, await limiter.WaitAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_wave_of_calls_leaves_at_the_configured_pace()
    {
        await using var host = await OciTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Oci:RateLimits:Identity"] = "1" });
        var client = host.Get<OciTenancyClient>();

        var results = await host.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None))));

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(4, host.Simulator.Counters.Calls("GetTenancy"));
        Assert.Equal(0, host.Simulator.Counters.Throttled);
        Assert.Equal([1, 2, 3], host.Clock.Scheduled.Select(d => d.TotalSeconds).Order());
    }

    [Fact]
    public async Task Waiting_for_a_slot_does_not_count_against_the_attempt_timeout()
    {
        await using var host = await OciTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Oci:RateLimits:Identity"] = "0.05",
            ["Oci:Timeout"] = "00:00:10",
        });
        var client = host.Get<OciTenancyClient>();

        var first = client.GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);
        var second = client.GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);
        var firstResult = await first.WaitAsync(TimeSpan.FromSeconds(60));
        await host.Clock.WaitForTimerAsync(delay => delay == TimeSpan.FromSeconds(20));
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        var secondResult = await second.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(firstResult.IsSuccess, firstResult.Error?.ToString());
        Assert.True(secondResult.IsSuccess, secondResult.Error?.ToString());
        Assert.Equal(2, host.Simulator.Counters.Calls("GetTenancy"));
        Assert.Contains(TimeSpan.FromSeconds(20), host.Clock.Scheduled);
    }
}
