using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Interactions;

public class ButtonTests
{
    [Fact]
    public async Task An_unauthorised_click_is_answered_privately_audited_and_changes_nothing()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        await slack.As(Bob).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        var answer = await bot.EphemeralAsync(Bob, "approver");

        Assert.Equal(("response_url", "This needs the approver role."), (answer.Via, answer.Text));
        var denied = Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "command.denied");
        Assert.Equal((Bob, "bob"), (denied.ActorId, denied.ActorName));
        Assert.Contains("\"reason\":\"MissingRole\"", denied.Details, StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(request.Id).State);
        Assert.Null(bot.Request(request.Id).Approval);
        Assert.DoesNotContain(bot.Lines(ts), l => l.Contains("Approved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_click_on_a_stale_card_gets_the_refusal_privately_and_the_card_catches_up_later()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, slackTuning: ChatOpsHost.Tuning with { MaxRateLimitRetries = 0 });
        var (request, ts) = await bot.AwaitingApprovalAsync();
        slack.Faults.RateLimitNext(10_000, TimeSpan.FromSeconds(1), "chat.update");

        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.LineAsync(ts, "Approved by alice");
        await slack.As(Carol).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        var refusal = await bot.EphemeralAsync(Carol, "Already approved");

        Assert.StartsWith("Already approved by alice at ", refusal.Text, StringComparison.Ordinal);
        Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "command.refused" && e.ActorId == Carol);
        Assert.Contains(ApproveButton.ActionId, BlockJson.ActionIds(slack.Workspace.Message(Requests, ts)!.Blocks()));

        slack.Faults.RateLimitNext(0, TimeSpan.Zero);
        await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.MessageUpdated && a.Ts == ts
            && !BlockJson.ActionIds(a.Blocks()).Contains(ApproveButton.ActionId), Deadline.Token());
    }

    [Fact]
    public async Task A_double_click_approves_once_and_the_second_click_hears_who_won()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var alice = slack.As(Alice);

        await Task.WhenAll(alice.ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token()), alice.ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token()));
        await bot.EphemeralAsync(Alice, $"Approved {request.Id}.");
        var second = await bot.EphemeralAsync(Alice, "Already approved by alice");

        Assert.Equal("response_url", second.Via);
        Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "request.approved");
        await bot.LineAsync(ts, "Approved by alice");
        Assert.Single(bot.Lines(ts), l => l.Contains("Approved by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_click_delivered_twice_over_HTTP_has_one_effect()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync(http: true);
        await using var bot = await ChatOpsHost.StartAsync(slack, SlackMode.Http);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        var first = await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        var again = await slack.Http.ReplayAsync(slack.Http.LastRequest!, Deadline.Token());
        await bot.EphemeralAsync(Alice, $"Approved {request.Id}.");
        await bot.LineAsync(ts, "Approved by alice");

        Assert.True(first.Acknowledged);
        Assert.True(again.IsSuccess, "a redelivery is acknowledged, so Slack stops sending it");
        Assert.Equal(1, bot.Get<SlackStats>().Snapshot().DuplicatesIgnored);
        Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.Single(slack.Workspace.Ephemerals(Alice));
    }

    [Fact]
    public async Task A_failed_step_shows_its_OCI_error_and_the_operator_retries_it_from_the_card()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        bot.Cloud.Fail(SimulatedOperation.CreateTenancy, 1, FaultKind.Permanent);

        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        var failed = await bot.LineAsync(ts, "Child tenancy creation failed");
        await bot.CardShowsAsync(ts, "Failed");

        Assert.Contains("`LimitExceeded` (HTTP 400): simulated permanent failure of CreateTenancy (opc-request-id: `sim-", failed.Text, StringComparison.Ordinal);
        Assert.Equal([RetryButton.ActionId, CancelButton.ActionId], BlockJson.ActionIds(slack.Workspace.Message(Requests, ts)!.Blocks()));
        Assert.Contains("❌ Child tenancy creation", BlockJson.Text(slack.Workspace.Message(Requests, ts)!.Blocks()), StringComparison.Ordinal);

        await slack.As(Alice).ClickAsync(Requests, ts, RetryButton.ActionId, Deadline.Token());
        Assert.Equal("This needs the operator role.", (await bot.EphemeralAsync(Alice, "operator")).Text);
        await slack.As(Bob).ClickAsync(Requests, ts, RetryButton.ActionId, Deadline.Token());
        await bot.LineAsync(ts, "bob retries Child tenancy creation.");
        await bot.WaitForStateAsync(request.Id, RequestState.AwaitingCredentials);
    }

    [Fact]
    public async Task A_passing_failure_says_when_the_next_automatic_attempt_runs()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        bot.Cloud.Fail(SimulatedOperation.CreateTenancy, 1, FaultKind.Transient);

        await slack.As(Carol).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        var retry = await bot.LineAsync(ts, "attempt 1 failed");

        Assert.Matches(@"^⚠️ Creating tenancies: attempt 1 failed: Simulation `TooManyRequests` \(HTTP 429\): .+\nNext automatic retry: \d{4}-\d\d-\d\d \d\d:\d\d UTC$", retry.Text);
        await bot.LineAsync(ts, "Child tenancy creation done");
        Assert.NotEqual(RequestState.Failed, bot.Request(request.Id).State);
    }

    [Fact]
    public async Task Cancel_ends_the_request_and_its_buttons()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        await slack.As(Bob).ClickAsync(Requests, ts, CancelButton.ActionId, Deadline.Token());
        await bot.LineAsync(ts, "Cancelled by bob.");
        await bot.CardShowsAsync(ts, "Cancelled");

        Assert.Equal(RequestState.Cancelled, bot.Request(request.Id).State);
        Assert.Empty(BlockJson.ActionIds(slack.Workspace.Message(Requests, ts)!.Blocks()));
        Assert.Contains("❌ Approval", BlockJson.Text(slack.Workspace.Message(Requests, ts)!.Blocks()), StringComparison.Ordinal);
    }
}
