using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Simulation;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Chat.Support;
using ChatOps.Tests.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Interactions;

public class AppHomeTests
{
    [Fact]
    public async Task An_approver_sees_the_approvals_waiting_and_can_approve_from_Home_which_is_then_republished()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        var home = await OpenHomeAsync(slack, Alice);
        var blocks = home.Blocks();

        Assert.Equal([(ApproveButton.ActionId, request.Id), (RejectButton.ActionId, request.Id)], BlockJson.Buttons(blocks));
        var text = BlockJson.Text(blocks);
        Assert.Contains("Your roles: approver", text, StringComparison.Ordinal);
        Assert.Contains($"app_redirect?channel={Requests}&amp;message_ts={ts}", text, StringComparison.Ordinal);
        Assert.Contains("Awaiting approval: *1*", text, StringComparison.Ordinal);

        await slack.As(Alice).ClickInViewAsync(home.ViewId!, ApproveButton.ActionId, Deadline.Token());
        var answer = await bot.EphemeralAsync(Alice, "Approved");
        var republished = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished && a.UserId == Alice && a.Sequence > home.Sequence, Deadline.Token());

        Assert.Equal(("chat.postEphemeral", Requests), (answer.Via, answer.Channel));
        Assert.NotNull(bot.Request(request.Id).Approval);
        Assert.DoesNotContain(ApproveButton.ActionId, BlockJson.ActionIds(republished.Blocks()));
        Assert.Contains("Nothing is waiting for you.", BlockJson.Text(republished.Blocks()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_sees_the_credential_steps_and_failures_with_links_and_a_stale_Home_click_is_refused()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (credentials, ts) = await bot.AwaitingApprovalAsync();
        var staleHome = await OpenHomeAsync(slack, Carol);
        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.CardShowsAsync(ts, "Awaiting credentials");

        // Carol's Home still offers the approval Alice has just made.
        await slack.As(Carol).ClickInViewAsync(staleHome.ViewId!, ApproveButton.ActionId, Deadline.Token());
        var refusal = await bot.EphemeralAsync(Carol, "Already approved");
        Assert.StartsWith("Already approved by alice", refusal.Text, StringComparison.Ordinal);

        bot.Cloud.Fail(SimulatedOperation.CreateTenancy, 1, FaultKind.Permanent);
        var (failing, failingTs) = await bot.AwaitingApprovalAsync(TestApplications.Valid(lgCode: "011002", name: "札幌市"));
        await slack.As(Alice).ClickAsync(Requests, failingTs, ApproveButton.ActionId, Deadline.Token());
        await bot.CardShowsAsync(failingTs, "Failed");

        var home = await OpenHomeAsync(slack, Bob);
        var text = BlockJson.Text(home.Blocks());

        Assert.Equal([(CredentialsButton.ActionId, credentials.Id), (RetryButton.ActionId, failing.Id)], BlockJson.Buttons(home.Blocks()));
        Assert.Contains("Your roles: operator", text, StringComparison.Ordinal);
        Assert.Contains("Failed in Child tenancy creation", text, StringComparison.Ordinal);
        Assert.Contains($"message_ts={failingTs}", text, StringComparison.Ordinal);
        Assert.Contains("Awaiting credentials: *1*", text, StringComparison.Ordinal);
        Assert.Contains("Failed: *1*", text, StringComparison.Ordinal);
    }

    private static async Task<SlackActivity> OpenHomeAsync(SlackSimulator slack, string user)
    {
        var before = slack.Activity.History.Count;
        await slack.As(user).OpenAppHomeAsync(Deadline.Token());
        return await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished && a.UserId == user && a.Sequence > before, Deadline.Token());
    }
}
