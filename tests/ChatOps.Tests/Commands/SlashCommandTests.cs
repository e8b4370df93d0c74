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

public class SlashCommandTests
{
    private static readonly Dictionary<string, string?> AliceOnly = new()
    {
        ["Authorization:Approvers:0"] = Alice,
        ["Authorization:Operators:0"] = Bob,
    };

    [Theory]
    [InlineData("/provision", null)]
    [InlineData("/provision help", null)]
    [InlineData("/provision frobnicate 12", "Sorry, I don't know `frobnicate`.")]
    public async Task Help_and_any_unknown_verb_explain_every_verb(string typed, string? first)
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);

        var reply = (await slack.As(Carol).RunCommandAsync(typed, cancellationToken: Deadline.Token())).Reply!;

        var lines = reply.Text.Split('\n');
        Assert.Equal(first ?? "How to use */provision*", lines[0]);
        foreach (var verb in new[] { "status", "list", "retry", "cancel", "audit", "stats", "verify", "help" })
        {
            Assert.Contains(lines, l => l.StartsWith($"`/provision {verb}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Status_finds_a_request_by_id_number_and_GCAS_id_and_lists_several_for_one_code()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var application = TestApplications.Valid();
        var (first, ts) = await bot.AwaitingApprovalAsync(application);
        var (second, _) = await bot.AwaitingApprovalAsync(TestApplications.Valid());
        var carol = slack.As(Carol);

        foreach (var query in new[] { first.Id, first.Id.ToLowerInvariant(), first.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), application["applicationId"]!.GetValue<string>() })
        {
            var card = (await carol.RunCommandAsync($"/provision status {query}", cancellationToken: Deadline.Token())).Reply!;
            Assert.StartsWith($"{first.Id} ", card.Text, StringComparison.Ordinal);
            Assert.Equal([ApproveButton.ActionId, RejectButton.ActionId, CancelButton.ActionId], BlockJson.ActionIds(card.Blocks()));
            Assert.Contains($"message_ts={ts}", BlockJson.Text(card.Blocks()), StringComparison.Ordinal);
        }

        var several = (await carol.RunCommandAsync("/provision status 131016", cancellationToken: Deadline.Token())).Reply!;
        var none = (await carol.RunCommandAsync("/provision status PR-999", cancellationToken: Deadline.Token())).Reply!;

        Assert.StartsWith("2 requests match `131016`:", several.Text, StringComparison.Ordinal);
        Assert.Contains($"*{first.Id}*", several.Text, StringComparison.Ordinal);
        Assert.Contains($"*{second.Id}*", several.Text, StringComparison.Ordinal);
        Assert.Equal("No request matches `PR-999`.", none.Text);
    }

    [Fact]
    public async Task List_filters_by_active_waiting_failed_and_done()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (waiting, _) = await bot.AwaitingApprovalAsync();
        var (cancelled, cancelledTs) = await bot.AwaitingApprovalAsync(TestApplications.Valid(lgCode: "011002", name: "札幌市"));
        await slack.As(Bob).ClickAsync(Requests, cancelledTs, CancelButton.ActionId, Deadline.Token());
        await bot.WaitForStateAsync(cancelled.Id, RequestState.Cancelled);
        var carol = slack.As(Carol);

        async Task<string> ListAsync(string filter) => (await carol.RunCommandAsync("/provision list " + filter, cancellationToken: Deadline.Token())).Reply!.Text;

        var active = await ListAsync("");
        var waitingList = await ListAsync("waiting");
        var failed = await ListAsync("failed");
        var done = await ListAsync("DONE");
        var wrong = await ListAsync("someday");

        Assert.StartsWith("Requests *in progress*: 1", active, StringComparison.Ordinal);
        Assert.Contains($"• *{waiting.Id}* 千代田区 · 住民記録システム — Awaiting approval (", active, StringComparison.Ordinal);
        Assert.Contains(waiting.Id, waitingList, StringComparison.Ordinal);
        Assert.Equal("Requests *failed*: 0\nNo matching requests.", failed);
        Assert.Contains($"*{cancelled.Id}* 札幌市", done, StringComparison.Ordinal);
        Assert.DoesNotContain(waiting.Id + "*", done, StringComparison.Ordinal);
        Assert.StartsWith("`someday` is not a filter.", wrong, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_goes_through_the_command_service_with_the_operator_role()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        bot.Cloud.Fail(SimulatedOperation.CreateTenancy, 1, FaultKind.Permanent);
        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.WaitForStateAsync(request.Id, RequestState.Failed);

        var denied = (await slack.As(Alice).RunCommandAsync($"/provision retry {request.Id}", cancellationToken: Deadline.Token())).Reply!;
        var accepted = (await slack.As(Bob).RunCommandAsync($"/provision retry {request.Number}", cancellationToken: Deadline.Token())).Reply!;
        var again = (await slack.As(Bob).RunCommandAsync($"/provision retry {request.Id}", cancellationToken: Deadline.Token())).Reply!;

        Assert.Equal("This needs the operator role.", denied.Text);
        Assert.Equal($"Retrying {request.Id}.", accepted.Text);
        Assert.StartsWith("Retry applies only to a failed step", again.Text, StringComparison.Ordinal);
        await bot.LineAsync(ts, "bob retries Child tenancy creation.");
        Assert.Contains(bot.Audit.ForRequest(request.Id), e => e.Action == "command.denied" && e.ActorId == Alice);
    }

    [Fact]
    public async Task Cancel_asks_with_a_button_and_cancels_at_once_with_confirm()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: AliceOnly);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        var asked = (await slack.As(Alice).RunCommandAsync($"/provision cancel {request.Id}", cancellationToken: Deadline.Token())).Reply!;
        var outsider = (await slack.As(Carol).RunCommandAsync($"/provision cancel {request.Id} confirm", cancellationToken: Deadline.Token())).Reply!;
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(request.Id).State);
        var done = (await slack.As(Alice).RunCommandAsync($"/provision cancel {request.Id} confirm", cancellationToken: Deadline.Token())).Reply!;
        var late = (await slack.As(Alice).RunCommandAsync($"/provision cancel {request.Id}", cancellationToken: Deadline.Token())).Reply!;

        Assert.StartsWith($"Cancel *{request.Id}* 千代田区", asked.Text, StringComparison.Ordinal);
        Assert.Equal([(CancelButton.ActionId, request.Id)], BlockJson.Buttons(asked.Blocks()));
        Assert.Equal("This needs the approver or operator role.", outsider.Text);
        Assert.Equal($"Cancelled {request.Id}.", done.Text);
        Assert.StartsWith("Already cancelled by alice at ", late.Text, StringComparison.Ordinal);
        await bot.LineAsync(ts, "Cancelled by alice.");
    }

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

    [Fact]
    public async Task In_Japanese_the_answers_and_times_are_Japanese_and_JST()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?> { ["Slack:Language"] = "ja" });
        var request = await bot.SubmitAsync();
        var ts = await bot.CardAsync(request.Id);
        await bot.CardShowsAsync(ts, "承認待ち");

        var help = (await slack.As(Carol).RunCommandAsync("/provision", cancellationToken: Deadline.Token())).Reply!;
        var card = slack.Workspace.Message(Requests, ts)!;

        Assert.StartsWith("*/provision* の使い方", help.Text, StringComparison.Ordinal);
        Assert.Contains("団体コード", BlockJson.Text(card.Blocks()), StringComparison.Ordinal);
        Assert.Matches(@"最終更新 \d{4}-\d\d-\d\d \d\d:\d\d JST", BlockJson.Text(card.Blocks()));
        Assert.Equal(["承認", "却下", "取り消し"], card.Blocks()!.OfType<System.Text.Json.Nodes.JsonObject>()
            .Where(b => b["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray())
            .Select(e => e!["text"]!["text"]!.GetValue<string>()));
    }

    private sealed class FixedDrift(DriftReport report) : IRequestDriftCheck
    {
        public Task<DriftReport> CheckAsync(ProvisioningRequest request, CancellationToken cancellationToken) => Task.FromResult(report);
    }
}
