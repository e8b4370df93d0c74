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

/// <summary>The slash command's help, status and list: what the command shows.</summary>
public class QueryCommandTests
{
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
}
