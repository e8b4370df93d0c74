using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.Oci.State;
using ChatOps.Tests.Oci.Support;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Oci.Steps;

/// <summary>Shared use: compartments in the configured shared tenancy, through the real engine over HTTP.</summary>
public class OciSharedUseTests
{
    [Fact]
    public async Task Compartments_are_created_once_per_environment_and_the_request_completes()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: sim => new Dictionary<string, string?> { ["Oci:SharedTenancyId"] = sim.ParentTenancyId });
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        var compartments = harness.Simulator.Resources(SimKind.Compartment, harness.Simulator.ParentTenancyId);
        Assert.Equal(["lg131016prd", "lg131016stg"], compartments.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(compartments.Single(c => c.Name == "lg131016prd").Id, done.ProgressValue(ProgressKeys.CompartmentId("prd")));
        Assert.DoesNotContain(done.History, v => v.State is RequestState.CreatingTenancy or RequestState.AwaitingCredentials);
        Assert.Equal(0, harness.Simulator.Counters.Calls("CreateChildTenancy"));
        Assert.Equal(2, harness.Audit(request.Id, "oci.compartment.create.sent").Count);
        Assert.Equal([done.ProgressValue(ProgressKeys.CompartmentId("prd")), done.ProgressValue(ProgressKeys.CompartmentId("stg"))], Assert.Single(harness.Template.Calls).Targets);
    }

    [Fact]
    public async Task A_re_run_after_a_lost_answer_finds_the_compartment_by_name_instead_of_creating_it_again()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: sim => new Dictionary<string, string?>
        {
            ["Oci:SharedTenancyId"] = sim.ParentTenancyId,
            ["Oci:Retry:MaxAttempts"] = "1",
            ["Workflow:RequireApproval"] = "false",
        });
        harness.Simulator.Faults.FailAfterCommit(1, "CreateCompartment");
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));

        var lost = await harness.DriveToAsync(request.Id, r => r.LastError is not null);
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(RequestState.CreatingCompartment, lost.State);
        Assert.Equal(2, harness.Simulator.Resources(SimKind.Compartment, harness.Simulator.ParentTenancyId).Count);
        Assert.Equal(2, harness.Simulator.Counters.Calls("CreateCompartment"));
        Assert.NotNull(done.ProgressValue(ProgressKeys.CompartmentId("prd")));
    }

    [Fact]
    public async Task A_compartment_that_already_exists_by_name_is_reused()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: sim => new Dictionary<string, string?>
        {
            ["Oci:SharedTenancyId"] = sim.ParentTenancyId,
            ["Workflow:RequireApproval"] = "false",
        });
        var existing = await harness.Get<OciCompartmentsClient>().CreateCompartmentAsync(
            OciTestHost.Tokyo, new CreateCompartmentDetails(harness.Simulator.ParentTenancyId, "lg131016prd", "made earlier"), null, CancellationToken.None);
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(existing.Value!.Id, done.ProgressValue(ProgressKeys.CompartmentId("prd")));
        Assert.Equal(2, harness.Simulator.Counters.Calls("CreateCompartment"));
        Assert.Equal(2, harness.Simulator.Resources(SimKind.Compartment, harness.Simulator.ParentTenancyId).Count);
        Assert.Single(harness.Audit(request.Id, "oci.compartment.create.sent"));
    }

    [Fact]
    public async Task Compartments_go_to_the_shared_tenancys_home_region_when_it_is_not_the_configured_one()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var sharedId = await CreateTenancyAsync(harness, "sharedosaka", OciTestHost.Osaka);
        OciTestHost.GrantParentAccess(harness.Simulator, "sharedosaka", sharedId);
        await harness.RestartAsync(new Dictionary<string, string?> { ["Oci:SharedTenancyId"] = sharedId });
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(OciTestHost.Osaka, harness.Simulator.Tenancies().Single(t => t.Id == sharedId).HomeRegion);
        Assert.Equal(2, harness.Simulator.Resources(SimKind.Compartment, sharedId).Count);
        Assert.NotNull(done.ProgressValue(ProgressKeys.CompartmentId("stg")));
    }

    private static async Task<string> CreateTenancyAsync(OciWorkflowHarness harness, string name, string homeRegion)
    {
        var organizations = harness.Get<OciOrganizationsClient>();
        var accepted = await organizations.CreateChildTenancyAsync(
            new CreateChildTenancyDetails(harness.Simulator.ParentTenancyId, name, homeRegion, $"admin@{name}.example.jp"), "shared-" + name, CancellationToken.None);
        harness.Clock.Advance(harness.Simulator.Options.ChildTenancyCreationTime);
        var done = await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None);
        return done.Value!.ChildTenancyId!;
    }
}
