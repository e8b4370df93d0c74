using ChatOps.Bot.Chat.Drift;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Chat.Support;
using ChatOps.Tests.Interactions;
using ChatOps.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Commands;

/// <summary>The slash command's audit, stats and verify.</summary>
public class ReportCommandTests
{
    [Fact]
    public async Task Audit_shows_the_last_entries_of_a_request_and_a_head_that_verifies_the_trail()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.LineAsync(ts, "Approved by alice");

        var reply = (await slack.As(Carol).RunCommandAsync($"/provision audit {request.Id}", cancellationToken: Deadline.Token())).Reply!;

        var lines = reply.Text.Split('\n');
        Assert.StartsWith($"Audit trail of *{request.Id}* (last ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("· alice · `request.approved`", StringComparison.Ordinal));
        Assert.Matches(@"^`#\d+` \d{4}-\d\d-\d\d \d\d:\d\d UTC · ", lines[1]);
        Assert.InRange(lines.Length - 2, 1, 10);
        var head = lines[^1];
        Assert.StartsWith("Head of the whole audit trail: `", head, StringComparison.Ordinal);
        var anchor = AuditAnchor.Parse(head.Split('`')[1]);
        Assert.True(bot.Audit.Verify([anchor]).IsIntact);
    }

    [Fact]
    public async Task Stats_counts_by_state_and_gives_the_lead_time_percentiles()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
        });
        var done = await bot.SubmitAsync();
        await bot.WaitForStateAsync(done.Id, RequestState.Completed);

        var reply = (await slack.As(Carol).RunCommandAsync("/provision stats", cancellationToken: Deadline.Token())).Reply!;

        Assert.StartsWith("*Requests by state*\nCompleted: *1*", reply.Text, StringComparison.Ordinal);
        Assert.Contains("*Lead time over 30 days* (1 completed): p50 under a minute · p90 under a minute", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_says_it_is_not_available_without_a_drift_check_and_reports_drift_with_one()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using (var plain = await ChatOpsHost.StartAsync(slack))
        {
            var reply = (await slack.As(Carol).RunCommandAsync("/provision verify PR-1", cancellationToken: Deadline.Token())).Reply!;
            Assert.Equal("Template verification is not available in this configuration.", reply.Text);
        }

        var drift = new DriftReport("v2026.1", [new DriftItem("prd", "policy chatops_audit", "present", "missing <deleted>")]);
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
        }, extra: services => services.AddSingleton<IRequestDriftCheck>(new FixedDrift(drift)));
        var request = await bot.SubmitAsync();
        await bot.WaitForStateAsync(request.Id, RequestState.Completed);

        var found = (await slack.As(Carol).RunCommandAsync($"/provision verify {request.Id}", cancellationToken: Deadline.Token())).Reply!;

        Assert.Equal($"⚠️ {request.Id} differs from template v2026.1 in 1 place(s):\n• prd `policy chatops_audit`: expected `present`, found `missing &lt;deleted&gt;`", found.Text);
    }

    private sealed class FixedDrift(DriftReport report) : IRequestDriftCheck
    {
        public Task<DriftReport> CheckAsync(ProvisioningRequest request, CancellationToken cancellationToken) => Task.FromResult(report);
    }
}
