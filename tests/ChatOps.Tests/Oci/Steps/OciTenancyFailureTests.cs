using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Oci;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Oci.Support;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Oci.Steps;

/// <summary>Crashes, throttling and permanent errors around child tenancy creation, through the real engine and HTTP.</summary>
public class OciTenancyFailureTests
{
    private static readonly Func<OciSimulatorOptions, OciSimulatorOptions> AutomatedAccess = o => o with { ChildAdminPolicyGrantsParent = true };

    [Fact]
    public async Task A_crash_after_create_child_tenancy_was_sent_but_before_its_work_request_was_stored_yields_one_tenancy()
    {
        // One attempt per call: the create is carried out, its answer is lost (500), and the step ends without the
        // work-request id; the host then stops as a crash would and a new one resumes from the store.
        await using var harness = await OciWorkflowHarness.StartAsync(AutomatedAccess, _ => new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Oci:Retry:MaxAttempts"] = "1",
        });
        harness.Simulator.Faults.FailAfterCommit(1, "CreateChildTenancy");
        var request = await harness.SubmitAsync(TestApplications.Valid());

        var lost = await harness.DriveToAsync(request.Id, r => r.LastError is not null);
        Assert.Equal(RequestState.CreatingTenancy, lost.State);
        Assert.Null(lost.ProgressValue(ProgressKeys.WorkRequestId("prd")));
        Assert.Single(harness.Simulator.Tenancies(), t => !t.IsParent);
        await harness.RestartAsync();
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        var children = harness.Simulator.Tenancies().Where(t => !t.IsParent).ToList();
        Assert.Equal(["lg131016prd", "lg131016stg"], children.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, harness.Simulator.Counters.Calls("CreateChildTenancy"));
        Assert.Equal(children.Single(t => t.Name == "lg131016prd").Id, done.ProgressValue(ProgressKeys.TenancyId("prd")));
        Assert.Equal(2, harness.Audit(request.Id, "oci.tenancy.create.sent").Count);
    }

    [Fact]
    public async Task A_storm_of_429s_on_organizations_and_identity_is_absorbed()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(AutomatedAccess, _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        harness.Simulator.Faults.Throttle(5, TimeSpan.FromSeconds(2), "CreateChildTenancy", "GetWorkRequest", "GetOrganizationTenancy");
        harness.Simulator.Faults.Throttle(5, null, "ListRegionSubscriptions", "CreateRegionSubscription", "ListCompartments");
        harness.Simulator.Faults.Throttle(6, null);
        var request = await harness.SubmitAsync(TestApplications.Valid());

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(16, harness.Simulator.Counters.Throttled);
        Assert.Null(done.LastError);
        Assert.DoesNotContain(done.History, v => v.State == RequestState.Failed);
        Assert.Equal(2, harness.Simulator.Tenancies().Count(t => !t.IsParent));
    }

    [Fact]
    public async Task Limit_exceeded_fails_the_request_with_code_message_and_request_id_and_retry_works_once_the_limit_is_raised()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(AutomatedAccess, _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        harness.Simulator.Faults.Fail(100, 400, "LimitExceeded", "The organization's child tenancy limit has been reached.", "CreateChildTenancy");
        var request = await harness.SubmitAsync(TestApplications.Valid());

        var failed = await harness.DriveToAsync(request.Id, RequestState.Failed);

        Assert.Equal(RequestState.CreatingTenancy, failed.FailedStep);
        var error = failed.LastError!;
        Assert.Equal("LimitExceeded", error.Code);
        Assert.Contains("child tenancy limit has been reached", error.Message, StringComparison.Ordinal);
        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("Organizations", error.Service);
        Assert.False(string.IsNullOrWhiteSpace(error.RequestId));
        Assert.Contains("opc-request-id", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, harness.Simulator.Counters.Calls("CreateChildTenancy"));
        Assert.DoesNotContain(harness.Simulator.Tenancies(), t => !t.IsParent);

        harness.Simulator.Faults.Clear();
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Retry, ProvisioningHarness.Operator));
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Null(done.LastError);
        Assert.Equal(2, harness.Simulator.Tenancies().Count(t => !t.IsParent));
    }

    [Fact]
    public async Task A_failed_work_request_fails_with_its_errors_and_retry_sends_a_new_create()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(AutomatedAccess, _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        harness.Simulator.Faults.FailWorkRequests(1, "InternalError", "Tenancy provisioning failed.");
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));

        var failed = await harness.DriveToAsync(request.Id, RequestState.Failed);

        Assert.Equal("InternalError", failed.LastError!.Code);
        Assert.Contains("InternalError: Tenancy provisioning failed.", failed.LastError.Message, StringComparison.Ordinal);
        Assert.Null(failed.ProgressValue(ProgressKeys.WorkRequestId("prd")));
        await harness.CommandAsync(request.Id, RequestAction.Retry, ProvisioningHarness.Operator);
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        var children = harness.Simulator.Tenancies().Where(t => !t.IsParent).ToList();
        Assert.Equal(["ACTIVE", "ACTIVE", "FAILED"], children.Select(t => t.LifecycleState).Order(StringComparer.Ordinal));
        Assert.Equal(children.Single(t => t.LifecycleState == "ACTIVE" && t.Name == "lg131016prd").Id, done.ProgressValue(ProgressKeys.TenancyId("prd")));
    }
}
