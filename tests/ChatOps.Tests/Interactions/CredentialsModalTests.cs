using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Tests.Chat.Support;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Interactions;

public class CredentialsModalTests
{
    [Fact]
    public async Task The_modal_shows_the_exact_statements_per_child_tenancy_and_requires_the_applied_tick()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await AwaitingCredentialsAsync(bot, slack);

        await slack.As(Bob).ClickAsync(Requests, ts, CredentialsButton.ActionId, Deadline.Token());
        var opened = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.ViewOpened && a.UserId == Bob, Deadline.Token());
        var shown = BlockJson.Text(opened.Blocks());
        var instructions = bot.Get<ICredentialVerifier>().Instructions(bot.Request(request.Id));

        Assert.Equal(2, instructions.Tenancies.Count);
        Assert.All(instructions.Tenancies, t =>
        {
            Assert.Contains($"```\n{string.Join("\n", t.ChildStatements)}\n```", shown, StringComparison.Ordinal);
            Assert.Contains($"```\n{string.Join("\n", t.ParentStatements)}\n```", shown, StringComparison.Ordinal);
            Assert.Contains($"policy `{t.ChildPolicyName}`", shown, StringComparison.Ordinal);
            Assert.Contains($"policy `{t.ParentPolicyName}`", shown, StringComparison.Ordinal);
            Assert.Contains($"`{t.TenancyId}`", shown, StringComparison.Ordinal);
        });

        var unticked = await slack.As(Bob).SubmitViewAsync(opened.ViewId!, new ViewValues().Text(CredentialsModal.NoteAction, "done"), Deadline.Token());
        Assert.Equal("required", unticked.Action);
        Assert.Equal([CredentialsModal.AppliedBlock], unticked.Errors!.Keys);
        Assert.Null(bot.Request(request.Id).CredentialsConfirmation);
    }

    [Fact]
    public async Task When_access_still_fails_after_the_confirmation_the_thread_says_so_and_the_step_waits()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var (request, ts) = await AwaitingCredentialsAsync(bot, slack);
        bot.Cloud.DeniedAccess[bot.Request(request.Id).ProgressValue(ProgressKeys.TenancyId("prd"))!] = true;

        await ConfirmAsync(slack, ts, Bob);
        var line = await bot.LineAsync(ts, "could not verify access");

        Assert.Contains("NotAuthorizedOrNotFound", line.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingCredentials, bot.Request(request.Id).State);
        Assert.Contains(CredentialsButton.ActionId, BlockJson.ActionIds(slack.Workspace.Message(Requests, ts)!.Blocks()));
    }

    [Fact]
    public async Task Four_eyes_the_approver_may_not_also_confirm_the_credentials()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?> { ["Authorization:Operators:1"] = Alice });
        var (request, ts) = await AwaitingCredentialsAsync(bot, slack);

        await slack.As(Alice).ClickAsync(Requests, ts, CredentialsButton.ActionId, Deadline.Token());
        var answer = await bot.EphemeralAsync(Alice, "Four-eyes");

        Assert.StartsWith("Four-eyes rule:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Activity.History, a => a.Kind == SlackActivityKind.ViewOpened);
        Assert.Contains(bot.Audit.ForRequest(request.Id), e => e.Action == "command.denied" && e.ActorId == Alice && e.Details.Contains("FourEyes", StringComparison.Ordinal));

        await ConfirmAsync(slack, ts, Bob);
        await bot.WaitForStateAsync(request.Id, RequestState.Completed);
    }

    [Fact]
    public async Task The_applied_tick_is_checked_again_on_the_server()
    {
        var modal = new CredentialsModal(null!, ChatTexts.English);
        var submission = new ViewSubmission(new SlackUserRef(Bob), new ViewPayload("V1", "modal", CredentialsModal.CallbackId, "PR-1",
            State: new ViewState(new Dictionary<string, IReadOnlyDictionary<string, ViewStateValue>>
            {
                [CredentialsModal.AppliedBlock] = new Dictionary<string, ViewStateValue> { [CredentialsModal.AppliedAction] = new("checkboxes", SelectedOptions: []) },
                [CredentialsModal.NoteBlock] = new Dictionary<string, ViewStateValue> { [CredentialsModal.NoteAction] = new("plain_text_input", new string('n', 1001)) },
            })));

        var response = await modal.ValidateAsync(submission, TestContext.Current.CancellationToken);

        Assert.False(response.Accepted);
        Assert.Equal("Tick this once the policies are applied.", response.Errors![CredentialsModal.AppliedBlock]);
        Assert.Equal("Keep the note within 1000 characters.", response.Errors[CredentialsModal.NoteBlock]);
        Assert.Equal("errors", response.ToAckPayload()!["response_action"]!.GetValue<string>());
    }

    internal static async Task<(ProvisioningRequest Request, string Ts)> AwaitingCredentialsAsync(ChatOpsHost bot, SlackSimulator slack)
    {
        var (request, ts) = await bot.AwaitingApprovalAsync();
        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.CardShowsAsync(ts, "Awaiting credentials");
        return (bot.Request(request.Id), ts);
    }

    internal static async Task ConfirmAsync(SlackSimulator slack, string ts, string user)
    {
        var before = slack.Activity.History.Count;
        await slack.As(user).ClickAsync(Requests, ts, CredentialsButton.ActionId, Deadline.Token());
        var opened = await slack.Activity.WaitForAsync(a => a.Sequence > before && a.Kind == SlackActivityKind.ViewOpened && a.UserId == user, Deadline.Token());
        var outcome = await slack.As(user).SubmitViewAsync(opened.ViewId!, new ViewValues().Check(CredentialsModal.AppliedAction, CredentialsModal.AppliedValue), Deadline.Token());
        Assert.Equal("closed", outcome.Action);
    }
}
