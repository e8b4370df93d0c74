using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Tests.Slack.Support;

namespace ChatOps.Tests.Slack.Dispatch;

public class SlackDispatcherTests
{
    private const string Requests = "C0REQUEST1";

    [Fact]
    public async Task Commands_route_by_verb_and_an_empty_command_means_help()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var alice = slack.As("U0ALICE001");

        var help = await alice.RunCommandAsync("/provision", cancellationToken: Deadline.Token());
        var status = await alice.RunCommandAsync("/provision STATUS  9 ", cancellationToken: Deadline.Token());
        var again = await alice.RunCommandAsync("/provision status 10", cancellationToken: Deadline.Token());

        Assert.Equal("Usage: /provision status <id>", help.Reply!.Text);
        Assert.Equal("Request 9 is waiting for approval", status.Reply!.Text);
        var scopes = bot.Calls.Details(StatusCommand.Verb).Select(d => d.Split('|')[2]).ToList();
        Assert.Equal(2, scopes.Distinct().Count());
        Assert.Equal(1, bot.Calls.Count(HelpCommand.Verb));
        Assert.True(again.Delivery.Acknowledged);
    }

    [Theory]
    [InlineData("/provision frobnicate 1", "/provision frobnicate")]
    [InlineData("/deploy status 1", "/deploy status")]
    public async Task An_unknown_command_is_answered_privately_and_audited(string typed, string key)
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);

        var outcome = await slack.As("U0ALICE001").RunCommandAsync(typed, cancellationToken: Deadline.Token());

        Assert.Equal(SlackLayerTexts.English.UnknownAction, outcome.Reply!.Text);
        var entry = await bot.Audit.WaitForAsync("slack.handler.unknown", Deadline.Token());
        Assert.Equal(("U0ALICE001", "command", key), (entry.Actor.Id, entry.Details!["kind"]!.GetValue<string>(), entry.Details["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_button_is_answered_privately_through_response_url_and_audited()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var card = await PostButtonAsync(bot, "mystery", "1");

        await slack.As("U0BOB00001").ClickAsync(Requests, card, "mystery", Deadline.Token());
        var answer = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted, Deadline.Token());

        Assert.Equal(("response_url", "U0BOB00001", SlackLayerTexts.English.UnknownAction), (answer.Via, answer.UserId, answer.Text));
        Assert.Equal("mystery", (await bot.Audit.WaitForAsync("slack.handler.unknown", Deadline.Token())).Details!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_command_is_audited_answered_with_an_apology_and_the_bot_keeps_working()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var alice = slack.As("U0ALICE001");

        var failed = await alice.RunCommandAsync("/provision explode", cancellationToken: Deadline.Token());
        var after = await alice.RunCommandAsync("/provision status 2", cancellationToken: Deadline.Token());

        Assert.Equal(SlackLayerTexts.English.HandlerFailed, failed.Reply!.Text);
        var entry = await bot.Audit.WaitForAsync("slack.handler.failed", Deadline.Token());
        Assert.Equal(("System.InvalidOperationException", "/provision explode"), (entry.Details!["error"]!.GetValue<string>(), entry.Details["key"]!.GetValue<string>()));
        Assert.DoesNotContain("the handler broke", entry.Details.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Request 2 is waiting for approval", after.Reply!.Text);
    }

    [Fact]
    public async Task A_failing_button_apologises_through_response_url()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var card = await PostButtonAsync(bot, ExplodingButton.ActionId, "1");

        await slack.As("U0CAROL001").ClickAsync(Requests, card, ExplodingButton.ActionId, Deadline.Token());
        var answer = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted, Deadline.Token());

        Assert.Equal((SlackLayerTexts.English.HandlerFailed, "U0CAROL001"), (answer.Text, answer.UserId));
        Assert.Equal("action", (await bot.Audit.WaitForAsync("slack.handler.failed", Deadline.Token())).Details!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_slow_command_is_acked_in_time_and_answers_later_through_response_url()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode, SlackBotHost.FastTuning with { AckBudget = TimeSpan.FromMilliseconds(200) });

        var outcome = await slack.As("U0ALICE001").RunCommandAsync("/provision slow", cancellationToken: Deadline.Token());
        bot.Calls.Gate.SetResult();
        var answer = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.EphemeralPosted, Deadline.Token());

        Assert.True(outcome.Delivery.Acknowledged);
        Assert.Null(outcome.Reply);
        Assert.Equal(("finally done", "response_url"), (answer.Text, answer.Via));
    }

    [Theory]
    [InlineData(SlackDeliveryMode.SocketMode)]
    [InlineData(SlackDeliveryMode.Http)]
    public async Task A_modal_refuses_invalid_input_synchronously_and_accepts_it_once_corrected(SlackDeliveryMode delivery)
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = delivery });
        await using var bot = await SlackBotHost.StartAsync(slack, delivery == SlackDeliveryMode.Http ? SlackMode.Http : SlackMode.SocketMode);
        var alice = slack.As("U0ALICE001");
        var viewId = await OpenRejectModalAsync(slack, bot);

        var refused = await alice.SubmitViewAsync(viewId, new ViewValues().Text(RejectModal.ReasonAction, "no"), Deadline.Token());
        var accepted = await alice.SubmitViewAsync(viewId, new ViewValues().Text(RejectModal.ReasonAction, "duplicate tenancy name"), Deadline.Token());
        await bot.Calls.WaitForAsync(RejectModal.CallbackId, 1, Deadline.Token());

        Assert.Equal("errors", refused.Action);
        Assert.Equal("Give a reason of at least 5 characters.", refused.Errors![RejectModal.ReasonBlock]);
        Assert.Equal("closed", accepted.Action);
        Assert.False(slack.Views.Get(viewId)!.Open);
        Assert.Equal(["req-12|duplicate tenancy name|U0ALICE001"], bot.Calls.Details(RejectModal.CallbackId));
    }

    [Fact]
    public async Task Closing_a_modal_that_asked_to_be_told_reaches_its_handler()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);
        var viewId = await OpenRejectModalAsync(slack, bot);

        var told = await slack.As("U0ALICE001").CloseViewAsync(viewId, Deadline.Token());
        await bot.Calls.WaitForAsync("reject_closed", 1, Deadline.Token());

        Assert.True(told);
        Assert.Equal(["req-12"], bot.Calls.Details("reject_closed"));
    }

    [Fact]
    public async Task Opening_app_home_publishes_the_home_tab()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.SocketMode);

        await slack.As("U0CAROL001").OpenAppHomeAsync(Deadline.Token());
        var published = await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.HomePublished, Deadline.Token());

        Assert.Equal("U0CAROL001", published.UserId);
        Assert.Equal("ChatOps", slack.Views.Home("U0CAROL001")!.Definition()["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    private static async Task<string> OpenRejectModalAsync(SlackSimulator slack, SlackBotHost bot)
    {
        var card = await PostButtonAsync(bot, OpenRejectButton.ActionId, "req-12");
        await slack.As("U0ALICE001").ClickAsync(Requests, card, OpenRejectButton.ActionId, Deadline.Token());
        return (await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.ViewOpened, Deadline.Token())).ViewId!;
    }

    private static async Task<string> PostButtonAsync(SlackBotHost bot, string actionId, string value)
    {
        var posted = await bot.Get<SlackApiClient>().PostMessageAsync(Requests, new SlackMessage("Request card", [new ActionsBlock([new ButtonElement("Act", actionId, value)])]), cancellationToken: Deadline.Token());
        return posted.Value!.Ts;
    }
}
