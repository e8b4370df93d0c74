using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Workflow.Engine;

public class EngineConcurrencyTests
{
    [Fact]
    public async Task Fifty_requests_share_eight_slots_and_no_request_ever_runs_two_steps_at_once()
    {
        // Real time with real latency, so calls genuinely overlap.
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Engine:MaxConcurrency"] = "8",
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
            ["Simulation:Latency"] = "00:00:00.005",
            ["Simulation:TenancyDuration"] = "00:00:00.050",
            ["Simulation:RegionDuration"] = "00:00:00.050",
            ["Simulation:TemplateResources"] = "3",
        }, time: TimeProvider.System);

        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add((await harness.SubmitAsync(TestApplications.Valid(shared: i % 4 == 0))).Id);
        }

        await harness.DriveUntilAsync(() => ids.All(id => harness.Request(id).State == RequestState.Completed), TimeSpan.FromMinutes(2));

        Assert.Equal(1, harness.Cloud.MaxInFlightPerRequest);
        Assert.InRange(harness.Cloud.MaxInFlight, 2, 8);
    }

    [Fact]
    public async Task Of_two_racing_approvals_exactly_one_wins_and_the_other_hears_who_won()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);

        var results = await Task.WhenAll(
            Task.Run(() => harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver)),
            Task.Run(() => harness.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.SecondApprover)));

        var winner = Assert.Single(results.OfType<CommandResult.Accepted>());
        var loser = Assert.Single(results.OfType<CommandResult.Refused>());
        Assert.Equal(RefusalCode.AlreadyApproved, loser.Refusal.Code);
        Assert.Equal(winner.Request.Approval!.Actor, loser.Refusal.Decision!.Actor);
        Assert.Contains(winner.Request.Approval.Actor.DisplayName, loser.Refusal.Describe("ja", TimeZoneInfo.Utc), StringComparison.Ordinal);
        var trail = harness.Get<AuditTrail>().ForRequest(request.Id);
        Assert.Single(trail, e => e.Action == "request.approved");
        Assert.Single(trail, e => e.Action == "command.refused");
    }
}
