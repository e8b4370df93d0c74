using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow.Engine;

public class EngineFlowTests
{
    [Fact]
    public async Task A_single_use_application_goes_all_the_way_and_gcas_hears_every_step_in_order()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());

        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver));
        await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Time.GetUtcNow());
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator, "適用しました"));
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(
            [RequestState.Received, RequestState.AwaitingApproval, RequestState.CreatingTenancy, RequestState.ActivatingRegions,
             RequestState.AwaitingCredentials, RequestState.ApplyingTemplate, RequestState.ReportingToGcas, RequestState.Completed],
            done.History.Select(v => v.State));
        Assert.NotNull(done.ProgressValue(ProgressKeys.TenancyId("prd")));
        Assert.NotNull(done.ProgressValue(ProgressKeys.TenancyId("stg")));
        var events = harness.GcasEventsOf(done.GcasApplicationId);
        Assert.Equal(["accepted", "in_progress", "in_progress", "in_progress", "in_progress", "completed"], events.Select(e => e.Status));
        Assert.Equal(["CreatingTenancy", "ActivatingRegions", "AwaitingCredentials", "ApplyingTemplate"], events.Where(e => e.Status == GcasStatus.InProgress).Select(e => e.Step!));
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Select(e => e.Sequence));
        Assert.Equal(2, events[^1].Tenancies!.Count);
        await harness.DriveUntilAsync(() => !harness.Cloud.Mails.IsEmpty);
        var mail = Assert.Single(harness.Cloud.Mails.Values);
        Assert.Equal(RequesterNoticeKind.Completed, mail.Kind);
        Assert.Equal(["cloud-admin@city.chiyoda.lg.jp"], mail.Recipients);
        Assert.True(harness.Get<AuditTrail>().Verify().IsIntact);
    }

    [Fact]
    public async Task Shared_use_creates_compartments_and_skips_the_credential_step()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);

        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);
        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.DoesNotContain(done.History, v => v.State is RequestState.CreatingTenancy or RequestState.AwaitingCredentials);
        Assert.Equal(2, harness.Cloud.Compartments.Count);
        Assert.Equal(0, harness.Cloud.Calls(Provisioning.Simulation.SimulatedOperation.CreateTenancy));
    }

    [Fact]
    public async Task Without_required_approval_the_bot_approves_and_says_so_in_the_trail()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var request = await harness.SubmitAsync(TestApplications.Valid(shared: true));

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Equal(Actor.Bot, done.Approval!.Actor);
        var entry = Assert.Single(harness.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.Equal("chatops", entry.ActorId);
        Assert.Contains("RequireApproval", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_access_already_works_nobody_has_to_confirm_credentials()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
        });
        var request = await harness.SubmitAsync(TestApplications.Valid());

        var done = await harness.DriveToAsync(request.Id, RequestState.Completed);

        Assert.Null(done.CredentialsConfirmation);
        Assert.NotNull(done.ProgressValue(ProgressKeys.AccessDetectedAt));
    }

    [Fact]
    public async Task A_confirmation_that_cannot_be_verified_is_reported_and_the_step_keeps_waiting()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?> { ["Workflow:RequireApproval"] = "false" });
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));
        await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Time.GetUtcNow());
        var tenancy = harness.Request(request.Id).ProgressValue(ProgressKeys.TenancyId("prd"))!;
        harness.Cloud.DeniedAccess[tenancy] = true;

        await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
        var waiting = await harness.DriveToAsync(request.Id, r => r.ProgressValue(ProgressKeys.CheckedConfirmationAt) is not null);

        Assert.Equal(RequestState.AwaitingCredentials, waiting.State);
        Assert.Contains("NotAuthorizedOrNotFound", waiting.ProgressValue("note.last"), StringComparison.Ordinal);

        harness.Cloud.DeniedAccess.Clear();
        await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
        await harness.DriveToAsync(request.Id, RequestState.Completed);
    }

    [Fact]
    public async Task A_malformed_application_is_rejected_with_its_reasons_and_its_raw_payload_kept()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var application = TestApplications.Valid().With(a =>
        {
            a["organization"]!["lgCode"] = "131017";
            a["homeRegion"] = "eu-frankfurt-1";
        });
        var raw = application.ToJsonString();

        var request = await harness.SubmitAsync(application);
        var rejected = await harness.DriveToAsync(request.Id, RequestState.Rejected);

        Assert.Equal(raw, rejected.RawPayload);
        Assert.Equal(["organization.lgCode", "homeRegion"], rejected.Problems.Select(p => p.Field));
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(rejected.GcasApplicationId).Count > 0);
        var gcas = Assert.Single(harness.GcasEventsOf(rejected.GcasApplicationId));
        Assert.Equal(GcasStatus.Rejected, gcas.Status);
        Assert.Equal(2, gcas.Reasons!.Count);
        Assert.Contains("organization.lgCode", gcas.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_application_arriving_twice_makes_one_request()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var application = TestApplications.Valid();

        var first = await harness.SubmitAsync(application);
        var second = await harness.SubmitAsync(application);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, harness.Requests.Count());
    }
}
