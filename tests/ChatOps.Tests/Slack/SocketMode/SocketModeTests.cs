using System.Text.Json.Nodes;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.SocketMode;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Tests.Slack.SocketMode;

public class SocketModeTests
{
    private static readonly SlackTuning OneSocket = SlackBotHost.FastTuning with { SocketConnections = 1 };

    [Fact]
    public async Task Two_staggered_connections_say_hello_and_a_command_is_answered_in_its_ack()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var state = bot.Get<SocketModeState>();
        await state.WaitUntilAsync(s => s.Connected == 2, Deadline.Token());

        var outcome = await slack.As("U0ALICE001").RunCommandAsync("/provision status 12", cancellationToken: Deadline.Token());

        Assert.Equal(2, slack.SocketMode.UrlsIssued);
        Assert.Equal(2, slack.SocketMode.Lifecycle.Count(e => e.Kind == SocketLifecycleKind.Opened));
        Assert.True(outcome.Delivery.Acknowledged);
        Assert.Equal("Request 12 is waiting for approval", outcome.Reply!.Text);
        var ack = Assert.Single(slack.SocketMode.Acks);
        Assert.Equal("ephemeral", ack.Payload()!["response_type"]!.GetValue<string>());
        Assert.EndsWith("|SocketMode", Assert.Single(bot.Calls.Details(StatusCommand.Verb)), StringComparison.Ordinal);
        Assert.Null(state.Snapshot().LastError);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task A_disconnect_notice_opens_a_replacement_before_the_old_socket_closes(string reason)
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());
        var old = slack.SocketMode.OpenConnections[0];

        await slack.SocketMode.SendDisconnectAsync(reason, old, Deadline.Token());
        await slack.SocketMode.WaitUntilAsync(h => Ended(h, old.Id, SocketLifecycleKind.ClosedByClient) && h.OpenConnections.Any(c => c.Id != old.Id), Deadline.Token());

        var opened = slack.SocketMode.Lifecycle.Single(e => e.Kind == SocketLifecycleKind.Opened && e.ConnectionId != old.Id);
        var closed = slack.SocketMode.Lifecycle.Single(e => e.Kind == SocketLifecycleKind.ClosedByClient && e.ConnectionId == old.Id);
        Assert.True(opened.Sequence < closed.Sequence, "the replacement must be up before the old socket is closed");
        Assert.True((await slack.As("U0BOB00001").RunCommandAsync("/provision status 3", cancellationToken: Deadline.Token())).Delivery.Acknowledged);
    }

    [Fact]
    public async Task Too_many_websockets_closes_backs_off_and_reconnects()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());
        var old = slack.SocketMode.OpenConnections[0];

        await slack.SocketMode.SendDisconnectAsync(LinkEnd.TooManyWebsockets, old, Deadline.Token());
        await slack.SocketMode.WaitUntilAsync(h => h.OpenConnections.Any(c => c.Id != old.Id), Deadline.Token());

        var closed = slack.SocketMode.Lifecycle.Single(e => e.ConnectionId == old.Id && e.Kind == SocketLifecycleKind.ClosedByClient);
        var opened = slack.SocketMode.Lifecycle.Single(e => e.Kind == SocketLifecycleKind.Opened && e.ConnectionId != old.Id);
        Assert.True(closed.Sequence < opened.Sequence, "too_many_websockets means fewer sockets first, then a later retry");
    }

    [Fact]
    public async Task An_abruptly_dropped_socket_is_reconnected()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await bot.Get<SocketModeState>().WaitUntilAsync(s => s.Connected == 1, Deadline.Token());
        var old = slack.SocketMode.OpenConnections[0];

        slack.SocketMode.Drop(old);
        await slack.SocketMode.WaitUntilAsync(h => Ended(h, old.Id, SocketLifecycleKind.Dropped) && h.OpenConnections.Any(c => c.Id != old.Id), Deadline.Token());
        await bot.Get<SocketModeState>().WaitUntilAsync(s => s.Connected == 1 && s.Connects == 2, Deadline.Token());

        Assert.True((await slack.As("U0ALICE001").RunCommandAsync("/provision status 5", cancellationToken: Deadline.Token())).Delivery.Acknowledged);
        Assert.Equal(2, slack.SocketMode.UrlsIssued);
    }

    [Fact]
    public async Task Link_disabled_stops_socket_mode_without_a_reconnect_loop()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        await bot.Get<SocketModeState>().WaitUntilAsync(s => s.Connected == 2, Deadline.Token());
        var service = bot.Services.GetServices<IHostedService>().OfType<SocketModeService>().Single();

        await slack.SocketMode.SendDisconnectAsync(LinkEnd.LinkDisabled, cancellationToken: Deadline.Token());
        await service.ExecuteTask!.WaitAsync(Deadline.Token());
        await slack.SocketMode.WaitUntilAsync(h => h.OpenConnections.Count == 0, Deadline.Token());

        var status = bot.Get<SocketModeState>().Snapshot();
        Assert.Equal((true, 0, "link_disabled"), (status.Disabled, status.Connected, status.LastError));
        Assert.Equal(2, slack.SocketMode.UrlsIssued);
    }

    [Fact]
    public async Task The_same_envelope_delivered_twice_runs_the_handler_once()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());
        var envelope = new JsonObject
        {
            ["envelope_id"] = "b3d1b0a4-2f0e-4c55-9d0e-1f2a3b4c5d6e",
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["command"] = "/provision", ["text"] = "status 42", ["user_id"] = "U0ALICE001", ["team_id"] = "T0SANDBOX1",
                ["channel_id"] = "C0REQUEST1", ["trigger_id"] = "1.2.abc", ["response_url"] = new Uri(slack.BaseUri, "response/none").ToString(),
            },
        };

        var first = await slack.SocketMode.SendEnvelopeAsync((JsonObject)envelope.DeepClone(), cancellationToken: Deadline.Token());
        var second = await slack.SocketMode.SendEnvelopeAsync((JsonObject)envelope.DeepClone(), cancellationToken: Deadline.Token());

        Assert.Equal("Request 42 is waiting for approval", first!.Payload()!["text"]!.GetValue<string>());
        Assert.Null(second!.Payload());
        Assert.Equal(1, bot.Calls.Count(StatusCommand.Verb));
        Assert.Equal(1, bot.Get<SlackStats>().Snapshot().DuplicatesIgnored);
    }

    [Fact]
    public async Task A_delivery_the_store_already_holds_is_acknowledged_but_not_run_again()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());
        // As after a restart: the in-memory check has never seen it, the store's inbox has.
        bot.Inbox.TryAccept("slack:command:1.2.seen-before", TimeSpan.FromHours(1));
        var envelope = new JsonObject
        {
            ["envelope_id"] = "0c9f6a52-77c3-4e0b-a1f4-5b1e2d3c4f50",
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["payload"] = new JsonObject
            {
                ["command"] = "/provision", ["text"] = "status 42", ["user_id"] = "U0ALICE001", ["team_id"] = "T0SANDBOX1",
                ["channel_id"] = "C0REQUEST1", ["trigger_id"] = "1.2.seen-before", ["response_url"] = new Uri(slack.BaseUri, "response/none").ToString(),
            },
        };

        var ack = await slack.SocketMode.SendEnvelopeAsync(envelope, cancellationToken: Deadline.Token());

        Assert.NotNull(ack);
        Assert.Null(ack.Payload());
        Assert.Equal(0, bot.Calls.Count(StatusCommand.Verb));
        Assert.Equal(1, bot.Get<SlackStats>().Snapshot().DuplicatesIgnored);
        Assert.Contains("slack:envelope:0c9f6a52-77c3-4e0b-a1f4-5b1e2d3c4f50", bot.Inbox.Keys);
    }

    [Fact]
    public async Task A_redelivered_event_has_one_effect_and_retry_metadata_reaches_the_handler()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());

        var first = await slack.As("U0BOB00001").OpenAppHomeAsync(Deadline.Token());
        await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished, Deadline.Token());
        var again = await slack.RedeliverEventAsync(first.EventId, 1, "timeout", Deadline.Token());
        await slack.SocketMode.SendEnvelopeAsync(RetriedEvent("Ev0FIRSTSEEN", "U0CAROL001", attempt: 2), cancellationToken: Deadline.Token());
        await bot.Calls.WaitForAsync(AppHomeOpened.EventType, 2, Deadline.Token());

        Assert.True(again.Acknowledged);
        Assert.Equal(["U0BOB00001|0|", "U0CAROL001|2|timeout"], bot.Calls.Details(AppHomeOpened.EventType));
        Assert.Equal(1, bot.Get<SlackStats>().Snapshot().DuplicatesIgnored);
    }

    [Fact]
    public async Task A_silent_socket_is_replaced_after_the_idle_timeout()
    {
        var botTime = new ObservableTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, OneSocket with { SocketIdleTimeout = TimeSpan.FromMinutes(1) }, botTime);
        await slack.SocketMode.WaitForConnectionsAsync(1, Deadline.Token());
        var old = slack.SocketMode.OpenConnections[0];
        await slack.As("U0ALICE001").RunCommandAsync("/provision status 1", cancellationToken: Deadline.Token());

        botTime.Advance(TimeSpan.FromMinutes(1));
        await slack.SocketMode.WaitUntilAsync(h => Ended(h, old.Id, SocketLifecycleKind.ClosedByClient) && h.OpenConnections.Any(c => c.Id != old.Id), Deadline.Token());

        var opened = slack.SocketMode.Lifecycle.Single(e => e.Kind == SocketLifecycleKind.Opened && e.ConnectionId != old.Id);
        var closed = slack.SocketMode.Lifecycle.Single(e => e.Kind == SocketLifecycleKind.ClosedByClient && e.ConnectionId == old.Id);
        Assert.True(opened.Sequence < closed.Sequence);
    }

    private static bool Ended(SocketModeHub hub, int connectionId, SocketLifecycleKind kind) =>
        hub.Lifecycle.Any(e => e.ConnectionId == connectionId && e.Kind == kind);

    private static JsonObject RetriedEvent(string eventId, string user, int attempt) => new()
    {
        ["envelope_id"] = Guid.NewGuid().ToString(),
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = attempt,
        ["retry_reason"] = "timeout",
        ["payload"] = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = "T0SANDBOX1",
            ["api_app_id"] = "A0SANDBOX1",
            ["event_id"] = eventId,
            ["event_time"] = 1_700_000_000,
            ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D" + user[1..], ["tab"] = "home" },
        },
    };
}
