using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// OCI throttles, errors and stalls in every OCI-facing step, each storm longer than the client's own retry budget
/// (3 attempts), so the step's retry has to carry it: provisioning only slows down, never fails, and nothing is lost.
/// </summary>
public class OciStormTests
{
    [Fact]
    public async Task Throttling_server_errors_and_stalled_answers_in_tenancy_region_and_template_steps_only_delay_provisioning()
    {
        var settings = FaultFlow.Settings();
        settings["Oci:Timeout"] = "00:00:02";
        await using var host = await BotHost.StartAsync(settings);
        var oci = host.Sandbox.World.Oci;
        var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());

        oci.Faults.Throttle(5, TimeSpan.FromMilliseconds(200), "CreateChildTenancy");
        oci.Faults.Fail(5, 503, "ServiceUnavailable", "The service is unavailable.", "CreateRegionSubscription");
        oci.Faults.Delay(4, TimeSpan.FromSeconds(30), "CreateTagNamespace");
        oci.Faults.Throttle(4, null, "GetWorkRequest");
        await FaultFlow.ApproveAsync(host, request);
        var completed = await FaultFlow.FinishAsync(host, request.Id);

        Assert.DoesNotContain(completed.History, visit => visit.State == RequestState.Failed);
        Assert.True(oci.Counters.Throttled >= 9, $"throttled {oci.Counters.Throttled}");
        Assert.True(oci.Counters.Calls("CreateChildTenancy") >= 6, $"CreateChildTenancy {oci.Counters.Calls("CreateChildTenancy")}");
        Assert.True(oci.Counters.Calls("CreateRegionSubscription") >= 6, $"CreateRegionSubscription {oci.Counters.Calls("CreateRegionSubscription")}");
        Assert.True(oci.Counters.Calls("CreateTagNamespace") >= 5, $"CreateTagNamespace {oci.Counters.Calls("CreateTagNamespace")}");
        var children = oci.Tenancies().Where(t => !t.IsParent).ToList();
        Assert.Equal(2, children.Count);
        Assert.Equal(children.Count, children.Select(t => t.Name).Distinct().Count());
        Assert.All(children, t => Assert.Contains("ap-osaka-1", t.SubscribedRegions));
        TestContext.Current.TestOutputHelper?.WriteLine($"throttled {oci.Counters.Throttled}; CreateChildTenancy {oci.Counters.Calls("CreateChildTenancy")}, CreateRegionSubscription {oci.Counters.Calls("CreateRegionSubscription")}, CreateTagNamespace {oci.Counters.Calls("CreateTagNamespace")}, GetWorkRequest {oci.Counters.Calls("GetWorkRequest")} calls; {children.Count} child tenancies");
        var (events, mails) = await FaultFlow.AssertNothingLostAsync(host, completed);
        TestContext.Current.TestOutputHelper?.WriteLine($"{events} GCAS events, {mails} mail");
    }
}
