using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Steps;
using ChatOps.Tests.Oci.Support;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Oci.Steps;

/// <summary>A single-use application through the real engine and the OCI adapters, over HTTP to the simulator.</summary>
public class OciSingleUseFlowTests
{
    [Fact]
    public async Task Child_tenancies_with_osaka_wait_for_the_operator_who_applies_the_statements_and_the_bot_verifies_and_completes()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(workloadIdentity: true);
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);

        var waiting = await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Clock.GetUtcNow());

        Assert.Equal(CredentialsStep.WaitingNote, waiting.ProgressValue("note.last"));
        var children = harness.Simulator.Tenancies().Where(t => !t.IsParent).ToList();
        Assert.Equal(["lg131016prd", "lg131016stg"], children.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(children, t => Assert.Equal(["ap-tokyo-1", "ap-osaka-1"], t.SubscribedRegions));
        foreach (var child in children)
        {
            var subscriptions = await harness.Get<OciTenancyClient>().ListRegionSubscriptionsAsync("ap-tokyo-1", child.Id, CancellationToken.None);
            Assert.True(subscriptions.Value!.Single(s => s.RegionKey == "KIX").IsReady);
            Assert.False(harness.Simulator.CanAccess(harness.Simulator.ParentTenancyId, child.Id));
        }

        var instructions = harness.ApplyCredentialInstructions(request.Id);
        Assert.Equal(children.Select(c => c.Id).Order(StringComparer.Ordinal), instructions.Tenancies.Select(t => t.TenancyId).Order(StringComparer.Ordinal));
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator, "適用しました"));
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(
            [RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingTenancy, RequestState.ActivatingRegions,
             RequestState.AwaitingCredentials, RequestState.ApplyingTemplate, RequestState.ReportingToGcas, RequestState.Completed],
            done.History.Select(v => v.State));
        Assert.Equal(children.Single(c => c.Name == "lg131016prd").Id, done.ProgressValue(ProgressKeys.TenancyId("prd")));
        Assert.Equal(children.Single(c => c.Name == "lg131016stg").Id, done.ProgressValue(ProgressKeys.TenancyId("stg")));
        Assert.Null(done.ProgressValue(ProgressKeys.AccessDetectedAt));
        var template = Assert.Single(harness.Template.Calls);
        Assert.Equal([done.ProgressValue(ProgressKeys.TenancyId("prd")), done.ProgressValue(ProgressKeys.TenancyId("stg"))], template.Targets);
        Assert.Equal(2, harness.Audit(request.Id, "oci.tenancy.create.sent").Count);
        Assert.Equal(2, harness.Audit(request.Id, "oci.region.subscribe.sent").Count);
        Assert.Equal(2, harness.Simulator.Counters.Calls("CreateChildTenancy"));
        Assert.True(harness.Get<AuditTrail>().Verify().IsIntact);
        await harness.DriveUntilAsync(() => harness.Cloud.GcasEvents.TryGetValue(done.GcasApplicationId, out var events) && events.Any(e => e.Status == GcasStatus.Completed));
    }

    [Fact]
    public async Task When_the_child_admin_policy_already_admits_the_parent_the_bot_detects_access_and_never_waits_for_a_person()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(
            simulator: o => o with { ChildAdminPolicyGrantsParent = true },
            settings: _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var request = await harness.SubmitAsync(TestApplications.Valid());

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Null(done.CredentialsConfirmation);
        Assert.NotNull(done.ProgressValue(ProgressKeys.AccessDetectedAt));
        Assert.Single(done.History, v => v.State == RequestState.AwaitingCredentials);
        // One read per child, and both worked: the first check found access.
        Assert.Equal(2, harness.Simulator.Counters.Calls("ListCompartments"));
        var adminPolicies = harness.Simulator.Tenancies().Where(t => !t.IsParent)
            .Select(t => harness.Simulator.Resources(ChatOps.Sandbox.Oci.State.SimKind.Policy, t.Id).Single().Name);
        Assert.All(adminPolicies, name => Assert.Equal(OciTenancyProvisioner.AdminPolicyName, name));
    }

    [Fact]
    public async Task A_confirmation_before_the_statements_are_applied_is_reported_with_the_oci_error_and_the_step_keeps_waiting()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(settings: _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));
        await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Clock.GetUtcNow());

        await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
        var refused = await harness.DriveToAsync(request.Id, r => r.ProgressValue(ProgressKeys.CheckedConfirmationAt) is not null);

        Assert.Equal(RequestState.AwaitingCredentials, refused.State);
        Assert.Contains("NotAuthorizedOrNotFound", refused.ProgressValue("note.last"), StringComparison.Ordinal);
        Assert.Contains("opc-request-id", refused.ProgressValue("note.last"), StringComparison.Ordinal);
        Assert.Equal(0, harness.Simulator.Counters.Calls("CreateRegionSubscription"));

        harness.ApplyCredentialInstructions(request.Id);
        await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
        await harness.DriveToAsync(request.Id, RequestState.Completed);
    }

    [Fact]
    public async Task Iam_writes_go_to_the_home_region_of_a_child_created_in_osaka()
    {
        await using var harness = await OciWorkflowHarness.StartAsync(
            simulator: o => o with { ChildAdminPolicyGrantsParent = true },
            settings: _ => new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var application = TestApplications.Valid().With(a =>
        {
            a["homeRegion"] = "ap-osaka-1";
            a["extraRegions"] = new JsonArray("ap-tokyo-1");
        });
        var request = await harness.SubmitAsync(application);

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        var children = harness.Simulator.Tenancies().Where(t => !t.IsParent).ToList();
        Assert.Equal(2, children.Count);
        Assert.All(children, t => Assert.Equal("ap-osaka-1", t.HomeRegion));
        Assert.All(children, t => Assert.Equal(["ap-osaka-1", "ap-tokyo-1"], t.SubscribedRegions));
        var subscriptions = harness.Audit(done.Id, "oci.region.subscribe.sent");
        Assert.Equal(2, subscriptions.Count);
        Assert.All(subscriptions, e => Assert.Equal("NRT", JsonNode.Parse(e.Details)!["regionKey"]!.GetValue<string>()));
        Assert.All(subscriptions, e => Assert.Equal("ap-osaka-1", JsonNode.Parse(e.Details)!["homeRegion"]!.GetValue<string>()));
    }
}
