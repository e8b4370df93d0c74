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

/// <summary>The slash command's retry and cancel: the verbs that change something, with the roles of the buttons.</summary>
public class ActionCommandTests
{
    private static readonly Dictionary<string, string?> AliceOnly = new()
    {
        ["Authorization:Approvers:0"] = Alice,
        ["Authorization:Operators:0"] = Bob,
    };

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
}
