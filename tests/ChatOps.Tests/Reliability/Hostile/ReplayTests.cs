using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Api;
using ChatOps.Provisioning.Audit;
using ChatOps.Sandbox.Slack.Activity;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>
/// Redeliveries inside the signature window over HTTP against the full host: a captured click sent again verbatim, a
/// double click, and an event retried with X-Slack-Retry-Num each have exactly one effect.
/// </summary>
public class ReplayTests
{
    [Fact]
    public async Task A_captured_approve_click_replayed_verbatim_within_the_window_approves_once()
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var approver = bot.World.Cast.Approver1;

        var first = await bot.Slack.As(approver.Id).ClickAsync(bot.Channel, ts, ApproveButton.ActionId, Deadline.Token());
        var captured = bot.Slack.Http.LastRequest!;
        var replays = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bot.Slack.Http.ReplayAsync(captured, Deadline.Token())));
        await bot.AuditAsync("request.approved", e => e.RequestId == request.Id);
        await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == approver.Id, Deadline.Token());

        Assert.Equal(200, first.HttpStatus);
        Assert.All(replays, r => Assert.Equal(200, r.Status));
        Assert.Equal(5, bot.Host.Get<SlackStats>().Snapshot().DuplicatesIgnored);
        Assert.Single(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.DoesNotContain(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "command.refused");
        Assert.Single(bot.Slack.Workspace.Ephemerals(approver.Id));
    }

    [Fact]
    public async Task A_double_click_by_two_approvers_approves_once_and_the_loser_is_told_and_audited()
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var (one, two) = (bot.World.Cast.Approver1.Id, bot.World.Cast.Approver2.Id);

        var clicks = await Task.WhenAll(
            bot.Slack.As(one).ClickAsync(bot.Channel, ts, ApproveButton.ActionId, Deadline.Token()),
            bot.Slack.As(two).ClickAsync(bot.Channel, ts, ApproveButton.ActionId, Deadline.Token()));
        var refused = await bot.AuditAsync("command.refused", e => e.RequestId == request.Id);
        var loser = refused.ActorId;
        var told = await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == loser, Deadline.Token());

        Assert.All(clicks, c => Assert.Equal(200, c.HttpStatus));
        var approved = Assert.Single(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.NotEqual(approved.ActorId, loser);
        Assert.Contains(loser, new[] { one, two });
        Assert.Contains("\"code\":\"AlreadyApproved\"", refused.Details, StringComparison.Ordinal);
        Assert.StartsWith("Already approved", told.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_redelivered_with_x_slack_retry_num_has_one_effect()
    {
        await using var bot = await HttpModeBot.StartAsync();
        var user = bot.World.Cast.Operator.Id;

        var first = await bot.Slack.As(user).OpenAppHomeAsync(Deadline.Token());
        await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished && a.UserId == user, Deadline.Token());
        var retries = new[]
        {
            await bot.Slack.RedeliverEventAsync(first.EventId, 1, "http_timeout", Deadline.Token()),
            await bot.Slack.RedeliverEventAsync(first.EventId, 2, "http_error", Deadline.Token()),
            await bot.Slack.RedeliverEventAsync(first.EventId, 3, "http_timeout", Deadline.Token()),
        };
        var marker = await bot.Slack.As(bot.World.Cast.Approver1.Id).OpenAppHomeAsync(Deadline.Token());
        await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished && a.UserId == bot.World.Cast.Approver1.Id, Deadline.Token());

        Assert.True(first.Delivery.Acknowledged && marker.Delivery.Acknowledged);
        Assert.All(retries, r => Assert.Equal(200, r.HttpStatus));
        Assert.Equal(3, bot.Host.Get<SlackStats>().Snapshot().DuplicatesIgnored);
        Assert.Single(bot.Slack.Activity.History, a => a.Kind == SlackActivityKind.HomePublished && a.UserId == user);
    }
}
