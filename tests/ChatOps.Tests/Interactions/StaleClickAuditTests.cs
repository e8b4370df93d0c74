using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Interactions;

/// <summary>A modal-opening button clicked after the request moved on is refused before any form, and audited like a refused command.</summary>
public class StaleClickAuditTests
{
    [Fact]
    public async Task Reject_after_the_request_was_approved_is_refused_privately_audited_and_opens_no_modal()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, slackTuning: ChatOpsHost.Tuning with { MaxRateLimitRetries = 0 });
        var (request, ts) = await bot.AwaitingApprovalAsync();

        // The card cannot be updated for now, so Carol still sees Reject after Alice approved.
        slack.Faults.RateLimitNext(10_000, TimeSpan.FromSeconds(1), "chat.update");
        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.LineAsync(ts, "Approved by alice");
        await slack.As(Carol).ClickAsync(Requests, ts, RejectButton.ActionId, Deadline.Token());
        var told = await bot.EphemeralAsync(Carol, "Already approved");

        Assert.Equal("response_url", told.Via);
        var refused = Assert.Single(bot.Audit.ForRequest(request.Id), e => e.Action == "command.refused");
        Assert.Equal(Carol, refused.ActorId);
        Assert.Contains("\"action\":\"Reject\"", refused.Details, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"AlreadyApproved\"", refused.Details, StringComparison.Ordinal);
        Assert.NotEqual(RequestState.Rejected, bot.Request(request.Id).State);
        Assert.Empty(slack.Views.OpenModals(Carol));
        Assert.DoesNotContain(slack.Activity.History, a => a.Kind == SlackActivityKind.ViewOpened);
    }
}
