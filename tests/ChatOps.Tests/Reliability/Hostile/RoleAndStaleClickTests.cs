using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Slack.Activity;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>
/// Clicks over HTTP that Slack signs correctly but the bot must refuse: by someone without the role, and on a card whose
/// request has moved on (the person still sees the old buttons). Each is explained privately, audited, and changes nothing.
/// </summary>
public class RoleAndStaleClickTests
{
    [Theory]
    [InlineData(ApproveButton.ActionId, "approver")]
    [InlineData(RejectButton.ActionId, "approver")]
    [InlineData(CancelButton.ActionId, "approver or operator")]
    public async Task A_click_by_a_user_without_the_role_is_explained_audited_and_changes_nothing(string actionId, string role)
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var outsider = bot.World.Cast.Outsider.Id;

        var click = await bot.Slack.As(outsider).ClickAsync(bot.Channel, ts, actionId, Deadline.Token());
        var denied = await bot.AuditAsync("command.denied", e => e.RequestId == request.Id);
        var told = await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == outsider, Deadline.Token());

        Assert.Equal(200, click.HttpStatus);
        Assert.Equal((outsider, $"This needs the {role} role."), (denied.ActorId, told.Text));
        Assert.Contains("\"reason\":\"MissingRole\"", denied.Details, StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(request.Id).State);
        Assert.Null(bot.Request(request.Id).Approval);
        Assert.Empty(bot.Slack.Views.OpenModals(outsider));
    }

    [Theory]
    [InlineData(ApproveButton.ActionId, "Approve", "AlreadyCancelled")]
    [InlineData(RejectButton.ActionId, "Reject", "AlreadyCancelled")]
    [InlineData(CancelButton.ActionId, "Cancel", "AlreadyCancelled")]
    public async Task A_click_on_a_stale_card_after_cancel_is_refused_explained_audited_and_changes_nothing(string actionId, string action, string code)
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var card = bot.Slack.Workspace.Message(bot.Channel, ts)!;
        var actor = actionId == CancelButton.ActionId ? bot.World.Cast.Operator.Id : bot.World.Cast.Approver1.Id;
        var responseUrl = await bot.ResponseUrlOfAsync(actor, request.Id);

        // The operator cancels; the card loses its buttons, but a person who still sees the old card clicks one.
        await bot.Slack.As(bot.World.Cast.Operator.Id).ClickAsync(bot.Channel, ts, CancelButton.ActionId, Deadline.Token());
        await SandboxWait(bot, request.Id, RequestState.Cancelled);
        var stale = SignedBodies.Click(request.Id, bot.Channel, card.Ts, actor, actionId, responseUrl);
        var answer = await bot.InteractionAsync(stale);
        var refused = await bot.AuditAsync("command.refused", e => e.RequestId == request.Id && e.ActorId == actor);
        var told = await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == actor && a.Text!.Contains("cancel", StringComparison.OrdinalIgnoreCase), Deadline.Token());

        Assert.Equal(200, answer.Status);
        Assert.Contains($"\"action\":\"{action}\"", refused.Details, StringComparison.Ordinal);
        Assert.Contains($"\"code\":\"{code}\"", refused.Details, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(told.Text));
        Assert.Equal(RequestState.Cancelled, bot.Request(request.Id).State);
        Assert.Single(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "request.cancelled");
        Assert.DoesNotContain(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action is "request.approved" or "request.rejected");
        Assert.Empty(bot.Slack.Views.OpenModals(actor));
    }

    [Fact]
    public async Task Approve_on_a_stale_card_after_it_was_approved_is_refused_and_audited_with_one_approval()
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (request, ts) = await bot.AwaitingApprovalAsync();
        var card = bot.Slack.Workspace.Message(bot.Channel, ts)!;

        var responseUrl = await bot.ResponseUrlOfAsync(bot.World.Cast.Approver2.Id, request.Id);

        await bot.Slack.As(bot.World.Cast.Approver1.Id).ClickAsync(bot.Channel, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.AuditAsync("request.approved", e => e.RequestId == request.Id);
        var stale = SignedBodies.Click(request.Id, bot.Channel, card.Ts, bot.World.Cast.Approver2.Id, ApproveButton.ActionId, responseUrl);
        var answer = await bot.InteractionAsync(stale);
        var refused = await bot.AuditAsync("command.refused", e => e.RequestId == request.Id);

        Assert.Equal(200, answer.Status);
        Assert.Equal(bot.World.Cast.Approver2.Id, refused.ActorId);
        Assert.Contains("\"code\":\"AlreadyApproved\"", refused.Details, StringComparison.Ordinal);
        Assert.Single(bot.Host.Get<AuditTrail>().ForRequest(request.Id), e => e.Action == "request.approved");
        Assert.Equal(bot.World.Cast.Approver1.Id, bot.Request(request.Id).Approval!.Actor.Id);
        var told = await bot.Slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted && a.UserId == bot.World.Cast.Approver2.Id && a.Text!.StartsWith("Already approved", StringComparison.Ordinal), Deadline.Token());
        Assert.Contains(told.Via, new[] { "response_url", "chat.postEphemeral" });
    }

    private static Task SandboxWait(HttpModeBot bot, string id, RequestState state) =>
        ChatOps.Tests.Support.SandboxFlow.WaitAsync(bot.Host, () => bot.Request(id).State, s => s == state);
}
