using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Oci.Http;

public class OciRetryTests
{
    [Fact]
    public async Task A_429_storm_is_absorbed_with_backoff()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Throttle(3, operations: "GetTenancy");

        var result = await host.RunAsync(() => host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(3, host.Simulator.Counters.Throttled);
        Assert.Equal(4, host.Simulator.Counters.Calls("GetTenancy"));
        // Exponential from 1 s with jitter into [50 %, 100 %]: attempt n waits within [2^(n-2), 2^(n-1)] seconds.
        var waits = host.Clock.Scheduled;
        Assert.Equal(3, waits.Count);
        for (var n = 1; n <= 3; n++)
        {
            Assert.InRange(waits[n - 1], TimeSpan.FromSeconds(Math.Pow(2, n - 2)), TimeSpan.FromSeconds(Math.Pow(2, n - 1)));
        }
    }

    [Fact]
    public async Task Retry_after_from_the_service_is_honoured()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Throttle(1, TimeSpan.FromSeconds(7), "GetTenancy");

        var result = await host.RunAsync(() => host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal([TimeSpan.FromSeconds(7)], host.Clock.Scheduled);
    }

    [Fact]
    public async Task Retries_stop_after_max_attempts_and_the_error_is_returned()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Throttle(10, operations: "GetTenancy");

        var result = await host.RunAsync(() => host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.False(result.IsSuccess);
        Assert.Equal(429, result.Error.HttpStatus);
        Assert.Equal("TooManyRequests", result.Error.Code);
        Assert.True(result.Error.IsTransient);
        Assert.Equal(4, host.Simulator.Counters.Calls("GetTenancy"));
    }

    [Fact]
    public async Task A_post_without_a_retry_token_is_not_retried()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Fail(1, 500, "InternalServerError", "boom", "CreateCompartment");

        var result = await host.RunAsync(() => host.Get<OciCompartmentsClient>().CreateCompartmentAsync(
            OciTestHost.Tokyo, new CreateCompartmentDetails(host.ParentTenancyId, "apps", "d"), retryToken: null, CancellationToken.None));

        Assert.Equal(500, result.Error?.HttpStatus);
        Assert.Equal(1, host.Simulator.Counters.Calls("CreateCompartment"));
        Assert.Empty(host.Simulator.Resources(SimKind.Compartment));
    }

    [Fact]
    public async Task A_post_with_a_retry_token_is_retried_and_creates_once()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Fail(1, 503, "ServiceUnavailable", "busy", "CreateCompartment");
        host.Simulator.Faults.FailAfterCommit(1, "CreateCompartment");

        var result = await host.RunAsync(() => host.Get<OciCompartmentsClient>().CreateCompartmentAsync(
            OciTestHost.Tokyo, new CreateCompartmentDetails(host.ParentTenancyId, "apps", "d"), OciRetryToken.Derive("req-1", "compartment", "prod"), CancellationToken.None));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(3, host.Simulator.Counters.Calls("CreateCompartment"));
        var compartment = Assert.Single(host.Simulator.Resources(SimKind.Compartment));
        Assert.Equal(compartment.Id, result.Value.Id);
    }

    [Fact]
    public async Task A_409_incorrect_state_is_retried()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Fail(1, 409, "IncorrectState", "busy", "GetTenancy");

        var result = await host.RunAsync(() => host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, host.Simulator.Counters.Calls("GetTenancy"));
    }

    [Fact]
    public async Task A_400_is_not_retried()
    {
        await using var host = await OciTestHost.StartAsync();
        host.Simulator.Faults.Fail(1, 400, "InvalidParameter", "bad", "GetTenancy");

        var result = await host.RunAsync(() => host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.Equal(400, result.Error?.HttpStatus);
        Assert.Equal("InvalidParameter", result.Error?.Code);
        Assert.False(result.Error?.IsTransient);
        Assert.Equal(1, host.Simulator.Counters.Calls("GetTenancy"));
        Assert.Empty(host.Clock.Scheduled);
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_is_retried()
    {
        await using var host = await OciTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Oci:Timeout"] = "00:00:10" });
        host.Simulator.Faults.Delay(1, TimeSpan.FromMinutes(5), "GetTenancy");

        var result = await host.RunAsync(
            async () =>
            {
                var call = host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);
                await host.Simulator.Counters.WaitForCallsAsync("GetTenancy", 1);
                host.Clock.Advance(TimeSpan.FromSeconds(10));
                return await call;
            },
            advanceFor: delay => delay <= TimeSpan.FromSeconds(8));

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(2, host.Simulator.Counters.Calls("GetTenancy"));
        Assert.Contains(host.Log.Entries, e => e.Text.Contains("TimeoutException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_as_a_network_error()
    {
        await using var host = await OciTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Oci:Endpoints:Audit"] = "http://127.0.0.1:1" });

        var result = await host.RunAsync(() => host.Get<ChatOps.Provisioning.Oci.AuditConfig.OciAuditClient>().GetConfigurationAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None));

        Assert.Equal(0, result.Error?.HttpStatus);
        Assert.Equal(OciError.NetworkError, result.Error?.Code);
        Assert.True(result.Error?.IsTransient);
        Assert.Equal(3, host.Clock.Scheduled.Count);
    }
}
