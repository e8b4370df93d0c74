using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Events;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Tests.Chat.Support;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;

namespace ChatOps.Tests.Chat;

public class ThreadLifecycleTests
{
    private static readonly Dictionary<string, string?> Automatic = new()
    {
        ["Workflow:RequireApproval"] = "false",
        ["Simulation:AccessWithoutConfirmation"] = "true",
    };

    [Fact]
    public async Task An_application_gets_one_card_updated_in_place_and_a_thread_that_tells_the_story_to_completion()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        var request = await bot.SubmitAsync();

        var ts = await bot.CardAsync(request.Id);
        await bot.CardShowsAsync(ts, "Awaiting approval");
        Assert.Equal([ApproveButton.ActionId, RejectButton.ActionId, CancelButton.ActionId], BlockJson.ActionIds(Card(slack, ts)));
        Assert.All(BlockJson.Buttons(Card(slack, ts)), b => Assert.Equal(request.Id, b.Value));

        await slack.As(Alice).ClickAsync(Requests, ts, ApproveButton.ActionId, Deadline.Token());
        await bot.CardShowsAsync(ts, "Awaiting credentials");
        Assert.Equal([CredentialsButton.ActionId, CancelButton.ActionId], BlockJson.ActionIds(Card(slack, ts)));

        await slack.As(Bob).ClickAsync(Requests, ts, CredentialsButton.ActionId, Deadline.Token());
        var modal = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.ViewOpened && a.UserId == Bob, Deadline.Token());
        var submitted = await slack.As(Bob).SubmitViewAsync(modal.ViewId!, new ViewValues()
            .Check(CredentialsModal.AppliedAction, CredentialsModal.AppliedValue).Text(CredentialsModal.NoteAction, "policies applied"), Deadline.Token());
        Assert.Equal("closed", submitted.Action);
        await bot.WaitForStateAsync(request.Id, RequestState.Completed);
        var expected = await AllLinesDeliveredAsync(bot, request.Id);

        Assert.Single(slack.Activity.History, a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Requests, ThreadTs: null });
        await bot.CardShowsAsync(ts, "Completed");
        Assert.Empty(BlockJson.ActionIds(Card(slack, ts)));
        Assert.True(slack.Workspace.Message(Requests, ts)!.Edits.Count >= 2, "the card is edited in place as the request moves on");
        Assert.Equal(expected, bot.Lines(ts));
        var lines = string.Join("\n", bot.Lines(ts));
        Assert.Contains("Approved by alice", lines, StringComparison.Ordinal);
        Assert.Contains("bob reports the credential setup done", lines, StringComparison.Ordinal);
        Assert.Contains("policies applied", lines, StringComparison.Ordinal);
        Assert.Contains("Access to the child tenancies verified", lines, StringComparison.Ordinal);
        Assert.EndsWith("the environment is handed over.", bot.Lines(ts)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task During_a_Slack_outage_provisioning_goes_on_and_afterwards_the_thread_catches_up_in_order_with_one_card_update()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: Automatic);
        slack.Faults.Outage = true;

        var request = await bot.SubmitAsync();
        await bot.WaitForStateAsync(request.Id, RequestState.Completed);
        await bot.WaitForAsync(request.Id, _ => Events(bot, request.Id).Any(m => m.Attempts > 0 && m.LastError!.Contains("service_unavailable", StringComparison.Ordinal)));
        var waiting = Events(bot, request.Id);
        Assert.All(waiting, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.DoesNotContain(slack.Activity.History, a => a.Channel == Requests);

        slack.Faults.Outage = false;
        var ts = await bot.CardAsync(request.Id);
        var expected = await AllLinesDeliveredAsync(bot, request.Id);

        Assert.Equal(expected, bot.Lines(ts));
        Assert.Equal(waiting.Count - 1, expected.Count);
        Assert.Single(slack.Activity.History, a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Requests, ThreadTs: null });
        // The card came back already complete; the burst of catching-up events changed nothing that needed a second edit.
        Assert.True(slack.Activity.History.Count(a => a.Kind == SlackActivityKind.MessageUpdated && a.Ts == ts) <= 1);
        Assert.EndsWith(": Completed", slack.Workspace.Message(Requests, ts)!.Text, StringComparison.Ordinal);
        Assert.Empty(BlockJson.ActionIds(Card(slack, ts)));
    }

    [Fact]
    public async Task Http_429_from_Slack_is_waited_out_with_Retry_After_and_nothing_is_lost_or_reordered()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: Automatic, slackTuning: ChatOpsHost.Tuning with { MaxRateLimitRetries = 0 });
        slack.Faults.RateLimitNext(2, TimeSpan.FromSeconds(1), "chat.postMessage");

        var request = await bot.SubmitAsync();
        var ts = await bot.CardAsync(request.Id);
        await bot.WaitForStateAsync(request.Id, RequestState.Completed);
        var expected = await AllLinesDeliveredAsync(bot, request.Id);

        var created = bot.Get<OutboxStore>().ForRequest(request.Id).First(m => m.Kind == OutboxKinds.RequestEvent);
        Assert.Equal(3, created.Attempts);
        var refused = slack.Activity.History.First(a => a.Ts == ts);
        Assert.True(refused.At - created.CreatedAt >= TimeSpan.FromSeconds(2), "each 429 was waited out for its Retry-After of 1 s");
        Assert.Equal(expected, bot.Lines(ts));
        Assert.Single(slack.Activity.History, a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Requests, ThreadTs: null });
    }

    [Fact]
    public async Task A_channel_the_bot_cannot_post_in_keeps_the_messages_waiting_instead_of_dropping_them()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?> { ["Slack:ChannelId"] = "G0PRIVATE1" });

        var request = await bot.SubmitAsync();
        await bot.WaitForAsync(request.Id, _ => bot.Get<OutboxStore>().ForRequest(request.Id).Any(m => m.Kind == OutboxKinds.RequestEvent && m.Attempts >= 2));

        var created = bot.Get<OutboxStore>().ForRequest(request.Id).First(m => m.Kind == OutboxKinds.RequestEvent);
        Assert.Equal(OutboxStatus.Pending, created.Status);
        Assert.Contains("channel_not_found", created.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(slack.Activity.History, a => a.Kind == SlackActivityKind.MessagePosted && a.Channel == "G0PRIVATE1");
    }

    private static List<OutboxMessage> Events(ChatOpsHost bot, string requestId) =>
        [.. bot.Get<OutboxStore>().ForRequest(requestId).Where(m => m.Kind == OutboxKinds.RequestEvent)];

    private static System.Text.Json.Nodes.JsonArray? Card(SlackSimulator slack, string ts) => slack.Workspace.Message(Requests, ts)!.Blocks();

    /// <summary>Waits until every thread event of the request is delivered; returns the lines they should have made, in order.</summary>
    private static async Task<IReadOnlyList<string>> AllLinesDeliveredAsync(ChatOpsHost bot, string requestId)
    {
        var outbox = bot.Get<OutboxStore>();
        await bot.WaitForAsync(requestId, _ => outbox.ForRequest(requestId).Where(m => m.Kind == OutboxKinds.RequestEvent).All(m => m.Status == OutboxStatus.Delivered));
        return
        [
            .. outbox.ForRequest(requestId)
                .Where(m => m.Kind == OutboxKinds.RequestEvent)
                .Select(m => ProvisioningJson.Deserialize<RequestEvent>(m.Payload))
                .Where(e => e.Kind != RequestEventKind.Created)
                .Select(e => ThreadLine.Render(e, ChatTexts.English).Text),
        ];
    }
}
