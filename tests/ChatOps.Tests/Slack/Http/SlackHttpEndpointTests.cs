using System.Text;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Slack.Http;

public class SlackHttpEndpointTests
{
    private const string Form = "application/x-www-form-urlencoded";

    [Fact]
    public async Task A_signed_slash_command_is_answered_in_the_ack()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);

        var outcome = await slack.As("U0ALICE001").RunCommandAsync("/provision status 12", cancellationToken: Deadline.Token());

        Assert.Equal((true, 200), (outcome.Delivery.Acknowledged, outcome.Delivery.HttpStatus));
        Assert.Equal(("Request 12 is waiting for approval", "ack"), (outcome.Reply!.Text, outcome.Reply.Via));
        Assert.StartsWith("12|U0ALICE001|", Assert.Single(bot.Calls.Details(StatusCommand.Verb)), StringComparison.Ordinal);
        Assert.EndsWith("|Http", bot.Calls.Details(StatusCommand.Verb)[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SigningMode.WrongSecret, "signature_mismatch")]
    [InlineData(SigningMode.TamperedBody, "signature_mismatch")]
    [InlineData(SigningMode.Stale, "timestamp_outside_window")]
    [InlineData(SigningMode.FromTheFuture, "timestamp_outside_window")]
    [InlineData(SigningMode.Unsigned, "missing_signature")]
    [InlineData(SigningMode.UnknownVersion, "unknown_signature_version")]
    public async Task Forged_and_stale_requests_are_refused_and_audited(SigningMode mode, string reason)
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var body = Encoding.UTF8.GetBytes("command=%2Fprovision&text=approve+12&user_id=U0MALLORY1&team_id=T0SANDBOX1&channel_id=C0REQUEST1&trigger_id=1.2.3");

        var answer = await slack.Http.PostAsync("slack/commands", body, Form, mode, cancellationToken: Deadline.Token());

        Assert.Equal(401, answer.Status);
        var entry = await bot.Audit.WaitForAsync("slack.signature.rejected", Deadline.Token());
        Assert.Equal(reason, entry.Details!["reason"]!.GetValue<string>());
        Assert.Equal("127.0.0.1", entry.Details["remote_ip"]!.GetValue<string>());
        Assert.Equal("/slack/commands", entry.Details["path"]!.GetValue<string>());
        Assert.DoesNotContain("v0=", entry.Details.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(bot.Calls.All);
    }

    [Fact]
    public async Task A_captured_request_replayed_later_has_no_second_effect_and_after_five_minutes_is_refused()
    {
        var botTime = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http, time: botTime);
        await slack.As("U0ALICE001").RunCommandAsync("/provision status 7", cancellationToken: Deadline.Token());
        var captured = slack.Http.LastRequest!;

        var soon = await slack.Http.ReplayAsync(captured, Deadline.Token());
        botTime.Advance(TimeSpan.FromMinutes(6));
        var late = await slack.Http.ReplayAsync(captured, Deadline.Token());

        Assert.Equal(200, soon.Status);
        Assert.Equal(401, late.Status);
        Assert.Equal(1, bot.Calls.Count(StatusCommand.Verb));
        Assert.Equal("timestamp_outside_window", (await bot.Audit.WaitForAsync("slack.signature.rejected", Deadline.Token())).Details!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_and_audited()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var body = Encoding.UTF8.GetBytes("{\"type\":\"event_callback\",\"padding\":\"" + new string('x', 300 * 1024) + "\"}");

        var answer = await slack.Http.PostAsync("slack/events", body, "application/json", cancellationToken: Deadline.Token());

        Assert.Equal(413, answer.Status);
        Assert.Equal("body_too_large", (await bot.Audit.WaitForAsync("slack.request.too_large", Deadline.Token())).Details!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Url_verification_echoes_the_challenge_only_when_signed()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var body = Encoding.UTF8.GetBytes("{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        var signed = await slack.Http.PostAsync("slack/events", body, "application/json", cancellationToken: Deadline.Token());
        var unsigned = await slack.Http.PostAsync("slack/events", body, "application/json", SigningMode.Unsigned, cancellationToken: Deadline.Token());

        Assert.Equal((200, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "text/plain"), (signed.Status, signed.Body, signed.ContentType));
        Assert.Equal(401, unsigned.Status);
    }

    [Fact]
    public async Task Ssl_check_is_answered_without_any_effect()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);

        var answer = await slack.Http.PostAsync("slack/commands", Encoding.UTF8.GetBytes("ssl_check=1&token=x"), Form, SigningMode.Unsigned, cancellationToken: Deadline.Token());

        Assert.Equal((200, ""), (answer.Status, answer.Body));
        Assert.Empty(bot.Calls.All);
        Assert.Empty(bot.Audit.Records);
    }

    [Fact]
    public async Task An_event_retried_with_x_slack_retry_num_has_one_effect()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);

        var first = await slack.As("U0BOB00001").OpenAppHomeAsync(Deadline.Token());
        await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished, Deadline.Token());
        var retried = await slack.RedeliverEventAsync(first.EventId, 1, "http_timeout", Deadline.Token());

        Assert.True(first.Delivery.Acknowledged);
        Assert.Equal(200, retried.HttpStatus);
        Assert.Equal(1, bot.Get<SlackStats>().Snapshot().DuplicatesIgnored);
        Assert.Equal(["U0BOB00001|0|"], bot.Calls.Details(AppHomeOpened.EventType));
        Assert.Single(slack.Activity.History, a => a.Kind == SlackActivityKind.HomePublished);
    }

    [Fact]
    public async Task A_button_click_over_http_reaches_its_handler()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var card = await bot.Get<SlackApiClient>().PostMessageAsync("C0REQUEST1", new SlackMessage("Request 12", [new ActionsBlock([new ButtonElement("Approve", ApproveButton.ActionId, "req-12", ButtonStyle.Primary)])]), cancellationToken: Deadline.Token());

        var click = await slack.As("U0CAROL001").ClickAsync("C0REQUEST1", card.Value!.Ts, ApproveButton.ActionId, Deadline.Token());
        var update = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.MessageUpdated, Deadline.Token());

        Assert.True(click.Acknowledged);
        Assert.Equal($"req-12|U0CAROL001|{card.Value.Ts}", Assert.Single(bot.Calls.Details(ApproveButton.ActionId)));
        Assert.Equal(("Approved by <@U0CAROL001>", card.Value.Ts), (update.Text, update.Ts));
    }

    [Fact]
    public async Task Socket_mode_exposes_no_http_endpoint()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        slack.Http.BotUrl = bot.BaseUri;

        var answer = await slack.Http.PostAsync("slack/commands", Encoding.UTF8.GetBytes("command=%2Fprovision"), Form, cancellationToken: Deadline.Token());

        Assert.Equal(404, answer.Status);
    }
}
