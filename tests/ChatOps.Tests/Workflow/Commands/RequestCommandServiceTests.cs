using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow.Commands;

public class RequestCommandServiceTests
{
    [Fact]
    public async Task Someone_without_a_role_is_denied_nothing_changes_and_the_attempt_is_audited()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);

        var result = await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Outsider);

        var denied = Assert.IsType<CommandResult.Denied>(result);
        Assert.Equal(DenialReason.MissingRole, denied.Authorization.Reason);
        Assert.Equal([Role.Approver], denied.Authorization.Roles);
        Assert.Equal(RequestState.AwaitingApproval, harness.Request(request.Id).State);
        var entry = Assert.Single(harness.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "command.denied");
        Assert.Equal(ProvisioningHarness.Outsider.Id, entry.ActorId);
    }

    [Fact]
    public async Task An_operator_cannot_approve_but_can_retry_and_confirm()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);

        Assert.IsType<CommandResult.Denied>(await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Operator));
        Assert.IsType<CommandResult.Denied>(await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Approver));
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver));
    }

    [Fact]
    public async Task An_action_that_does_not_apply_is_refused_with_a_clear_reason()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);

        var again = Assert.IsType<CommandResult.Refused>(await harness.CommandAsync(request.Id, RequestAction.Reject, ProvisioningHarness.SecondApprover, "遅すぎ"));
        var retry = Assert.IsType<CommandResult.Refused>(await harness.CommandAsync(request.Id, RequestAction.Retry, ProvisioningHarness.Operator));

        Assert.Equal(RefusalCode.AlreadyApproved, again.Refusal.Code);
        Assert.Equal("Already approved by 承認 太郎 at 2026-12-01 00:00.", again.Refusal.Describe("en", TimeZoneInfo.Utc));
        Assert.Equal("承認 太郎 さんが 2026-12-01 09:00 に承認済みです。", again.Refusal.Describe("ja", TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST")));
        Assert.Equal(RefusalCode.NotFailed, retry.Refusal.Code);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_goes_to_gcas_and_the_applicant()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);

        Assert.Equal("reason", Assert.IsType<CommandResult.Invalid>(await harness.CommandAsync(request.Id, RequestAction.Reject, ProvisioningHarness.Approver, "  ")).Field);
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Reject, ProvisioningHarness.Approver, "予算未承認 <!here>"));

        var rejected = harness.Request(request.Id);
        Assert.Equal(RequestState.Rejected, rejected.State);
        Assert.Equal("予算未承認 ＜!here＞", rejected.Rejection!.Text);
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(rejected.GcasApplicationId).Any(e => e.Status == GcasStatus.Rejected) && harness.Cloud.Mails.Count == 1);
        Assert.Equal(["予算未承認 ＜!here＞"], harness.GcasEventsOf(rejected.GcasApplicationId).Last().Reasons);
    }

    [Fact]
    public async Task With_four_eyes_on_the_approver_may_not_confirm_the_credentials()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Authorization:FourEyes"] = "true",
            ["Authorization:Operators:1"] = ProvisioningHarness.Approver.Id,
        });
        var request = await harness.SubmitAsync(TestApplications.Valid(osaka: false));
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);
        await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Time.GetUtcNow());

        var denied = Assert.IsType<CommandResult.Denied>(await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Approver));

        Assert.Equal(DenialReason.FourEyes, denied.Authorization.Reason);
        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator));
    }

    [Fact]
    public async Task Cancel_works_from_a_waiting_state_and_gcas_hears_it()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);
        await harness.DriveToAsync(request.Id, r => r.State == RequestState.AwaitingCredentials && r.DueAt > harness.Time.GetUtcNow());

        Assert.IsType<CommandResult.Accepted>(await harness.CommandAsync(request.Id, RequestAction.Cancel, ProvisioningHarness.Operator, "重複申請"));

        var cancelled = harness.Request(request.Id);
        Assert.Equal(RequestState.Cancelled, cancelled.State);
        Assert.Null(cancelled.DueAt);
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(cancelled.GcasApplicationId)[^1].Status == GcasStatus.Cancelled);
        Assert.IsType<CommandResult.Refused>(await harness.CommandAsync(request.Id, RequestAction.Cancel, ProvisioningHarness.Operator));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        await using var harness = await ProvisioningHarness.StartAsync();

        Assert.IsType<CommandResult.NotFound>(await harness.CommandAsync("PR-999", RequestAction.Approve, ProvisioningHarness.Approver));
    }
}
