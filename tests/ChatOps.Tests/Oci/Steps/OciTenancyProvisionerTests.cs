using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Tests.Oci.Support;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Oci.Steps;

/// <summary>The tenancy step called directly with a stored request, against the simulator over HTTP: what one run does.</summary>
public class OciTenancyProvisionerTests
{
    private static readonly StepPolicy Policy = new() { PollInterval = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_run_sends_one_create_per_environment_and_a_re_run_that_lost_the_ids_gets_the_same_work_requests()
    {
        await using var harness = await OciWorkflowHarness.StartAsync();
        var request = await ApprovableAsync(harness);
        var now = harness.Clock.GetUtcNow();

        var first = await Run(harness, request, now);
        var again = await Run(harness, request, now);

        var wait = Assert.IsType<StepOutcome.Wait>(first);
        Assert.Equal(now + Policy.PollInterval, wait.Until);
        Assert.NotNull(first.Progress[ProgressKeys.WorkRequestId("prd")]);
        Assert.NotEqual(first.Progress[ProgressKeys.WorkRequestId("prd")], first.Progress[ProgressKeys.WorkRequestId("stg")]);
        Assert.Equal(first.Progress, again.Progress);
        Assert.Equal(2, harness.Simulator.Tenancies().Count(t => !t.IsParent));
        Assert.Equal(4, harness.Simulator.Counters.Calls("CreateChildTenancy"));
    }

    [Fact]
    public async Task Polling_honours_the_work_requests_retry_after()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(o => o with { WorkRequestRetryAfter = TimeSpan.FromSeconds(75) });
        var request = await ApprovableAsync(harness);
        var now = harness.Clock.GetUtcNow();
        var sent = await Run(harness, request, now);

        var polled = await Run(harness, Record(request, sent), now);

        Assert.Equal(now + TimeSpan.FromSeconds(75), Assert.IsType<StepOutcome.Wait>(polled).Until);
        Assert.Equal(2, harness.Simulator.Counters.Calls("GetWorkRequest"));
    }

    [Fact]
    public async Task A_work_request_in_progress_at_100_percent_counts_as_done_once_the_organization_shows_the_child_active()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(o => o with { ChildTenancyStaysInProgressAt100 = true });
        var request = await ApprovableAsync(harness);
        var sent = await Run(harness, request, harness.Clock.GetUtcNow());
        harness.Clock.Advance(harness.Simulator.Options.ChildTenancyCreationTime);

        var done = await Run(harness, Record(request, sent), harness.Clock.GetUtcNow());

        Assert.Equal(Trigger.TenancyCreated, Assert.IsType<StepOutcome.Done>(done).Trigger);
        var children = harness.Simulator.Tenancies().Where(t => !t.IsParent).ToDictionary(t => t.Name, t => t.Id);
        Assert.Equal(children["lg131016prd"], done.Progress[ProgressKeys.TenancyId("prd")]);
        Assert.Equal(children["lg131016stg"], done.Progress[ProgressKeys.TenancyId("stg")]);
        Assert.Equal(2, harness.Simulator.Counters.Calls("GetOrganizationTenancy"));
    }

    [Fact]
    public async Task Recorded_tenancies_are_skipped_without_calling_oci()
    {
        await using var harness = await OciWorkflowHarness.StartAsync();
        var request = await ApprovableAsync(harness);
        var recorded = request with
        {
            Progress = request.Progress.SetItem(ProgressKeys.TenancyId("prd"), "ocid1.tenancy.oc1..prd").SetItem(ProgressKeys.TenancyId("stg"), "ocid1.tenancy.oc1..stg"),
        };

        var outcome = await Run(harness, recorded, harness.Clock.GetUtcNow());

        Assert.IsType<StepOutcome.Done>(outcome);
        Assert.DoesNotContain(harness.Simulator.Counters.Snapshot(), c => c.Key is "CreateChildTenancy" or "GetWorkRequest");
    }

    [Fact]
    public async Task A_network_failure_is_transient_with_no_http_status()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: _ => new Dictionary<string, string?>
        {
            ["Oci:Endpoints:Organizations"] = "http://127.0.0.1:1",
            ["Oci:Retry:MaxAttempts"] = "1",
        });
        var request = await ApprovableAsync(harness);

        var outcome = await Run(harness, request, harness.Clock.GetUtcNow());

        var failure = Assert.IsType<StepOutcome.TransientFailure>(outcome);
        Assert.Equal(OciError.NetworkError, failure.Error.Code);
        Assert.Null(failure.Error.HttpStatus);
        Assert.Equal("Organizations", failure.Error.Service);
    }

    [Fact]
    public void Each_generation_of_an_environments_create_has_its_own_retry_token()
    {
        var first = OciTenancyProvisioner.RetryToken("req-1", "prd", 1);

        Assert.Equal(OciRetryToken.Derive("req-1", "CreatingTenancy", "prd"), first);
        Assert.NotEqual(first, OciTenancyProvisioner.RetryToken("req-1", "prd", 2));
        Assert.NotEqual(first, OciTenancyProvisioner.RetryToken("req-1", "stg", 1));
        Assert.Equal(OciTenancyProvisioner.RetryToken("req-1", "prd", 2), OciTenancyProvisioner.RetryToken("req-1", "prd", 2));
    }

    /// <summary>A stored, validated request waiting for approval: the engine leaves it alone while the test runs the step.</summary>
    internal static async Task<ProvisioningRequest> ApprovableAsync(OciWorkflowHarness harness, bool shared = false)
    {
        var submitted = await harness.SubmitAsync(TestApplications.Valid(shared: shared));
        return await harness.DriveToAsync(submitted.Id, RequestState.AwaitingApproval);
    }

    internal static ProvisioningRequest Record(ProvisioningRequest request, StepOutcome outcome)
    {
        var progress = request.Progress;
        foreach (var (key, value) in outcome.Progress)
        {
            progress = value is null ? progress.Remove(key) : progress.SetItem(key, value);
        }

        return request with { Progress = progress };
    }

    private static Task<StepOutcome> Run(OciWorkflowHarness harness, ProvisioningRequest request, DateTimeOffset now) =>
        harness.Get<ITenancyProvisioner>().CreateTenanciesAsync(new StepContext(request, Policy, now), CancellationToken.None);
}
