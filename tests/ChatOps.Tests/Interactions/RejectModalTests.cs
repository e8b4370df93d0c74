using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Interactions;

public class RejectModalTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reject_asks_for_a_reason_refuses_an_empty_or_long_one_in_the_modal_and_then_rejects(bool http)
    {
        await using var slack = await ChatOpsHost.SimulatorAsync(http);
        await using var bot = await ChatOpsHost.StartAsync(slack, http ? SlackMode.Http : SlackMode.SocketMode);
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var alice = slack.As(Alice);

        await alice.ClickAsync(Requests, ts, RejectButton.ActionId, Deadline.Token());
        var opened = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.ViewOpened && a.UserId == Alice, Deadline.Token());
        var blank = await alice.SubmitViewAsync(opened.ViewId!, new ViewValues().Text(RejectModal.ReasonAction, "   "), Deadline.Token());
        var tooLong = await alice.SubmitViewAsync(opened.ViewId!, new ViewValues().Text(RejectModal.ReasonAction, new string('x', 501)), Deadline.Token());

        Assert.Equal("Reject application", opened.Text);
        Assert.Equal(request.Id, slack.Views.Get(opened.ViewId!)!.PrivateMetadata);
        Assert.Equal(("errors", "Please give the reason."), (blank.Action, blank.Errors![RejectModal.ReasonBlock]));
        Assert.Equal(("errors", "Keep the reason within 500 characters."), (tooLong.Action, tooLong.Errors![RejectModal.ReasonBlock]));
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(request.Id).State);

        var done = await alice.SubmitViewAsync(opened.ViewId!, new ViewValues().Text(RejectModal.ReasonAction, "Code & name do not match <!channel>"), Deadline.Token());
        Assert.Equal("closed", done.Action);
        var line = await bot.LineAsync(ts, "Rejected by alice.");
        await bot.CardShowsAsync(ts, "Rejected");

        Assert.Equal("🚫 Rejected by alice. Reason: Code &amp; name do not match ＜!channel＞", line.Text);
        Assert.Equal(RequestState.Rejected, bot.Request(request.Id).State);
        Assert.Empty(BlockJson.ActionIds(slack.Workspace.Message(Requests, ts)!.Blocks()));
        Assert.Equal($"Rejected {request.Id}.", (await bot.EphemeralAsync(Alice, "Rejected")).Text);
    }

    [Fact]
    public async Task Someone_without_the_approver_role_gets_no_modal_but_an_explanation_and_an_audit_entry()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await bot.AwaitingApprovalAsync();

        await slack.As(Bob).ClickAsync(Requests, ts, RejectButton.ActionId, Deadline.Token());
        var answer = await bot.EphemeralAsync(Bob, "role");

        Assert.Equal("This needs the approver role.", answer.Text);
        Assert.DoesNotContain(slack.Activity.History, a => a.Kind == SlackActivityKind.ViewOpened);
        var denied = Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "command.denied");
        Assert.Equal(Bob, denied.ActorId);
        Assert.Contains("\"action\":\"Reject\"", denied.Details, StringComparison.Ordinal);
    }
}
