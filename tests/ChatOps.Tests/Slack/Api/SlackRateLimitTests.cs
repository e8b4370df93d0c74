using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Slack.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Slack.Api;

public class SlackRateLimitTests
{
    private const string Requests = "C0REQUEST1";
    private const string Alerts = "C0OPSALRT1";

    [Fact]
    public async Task A_429_is_waited_out_on_the_clock_and_then_retried()
    {
        var time = new ObservableTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack, time);
        slack.Faults.RateLimitNext(1, TimeSpan.FromSeconds(3), "chat.postMessage");

        var post = services.GetRequiredService<SlackApiClient>().PostMessageAsync(Requests, new SlackMessage("hello"), cancellationToken: Deadline.Token());
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(3), 1, Deadline.Token());

        Assert.False(post.IsCompleted);
        Assert.Empty(slack.Workspace.Messages(Requests));
        Assert.Equal(1, services.GetRequiredService<SlackStats>().Snapshot().RateLimited);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.True((await post).IsOk);
        Assert.Single(slack.Workspace.Messages(Requests));
    }

    [Fact]
    public async Task Rate_limit_retries_are_bounded_and_reported()
    {
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack, tuning: new SlackTuning { MaxRateLimitRetries = 0 });
        slack.Faults.RateLimitNext(5, TimeSpan.FromSeconds(7));

        var result = await services.GetRequiredService<SlackApiClient>().GetUserAsync("U0ALICE001", Deadline.Token());

        Assert.Equal(("ratelimited", 429, TimeSpan.FromSeconds(7)), (result.Error!.Code, result.Error.HttpStatus, result.Error.RetryAfter));
        var stats = services.GetRequiredService<SlackStats>().Snapshot();
        Assert.Equal((1, 1), (stats.RateLimited, stats.ErrorsByCode["ratelimited"]));
    }

    [Fact]
    public async Task Configured_per_method_limits_answer_429_with_retry_after()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { RateLimitsPerMinute = new Dictionary<string, int> { ["users.info"] = 2 } });
        await using var services = SlackClientFactory.Create(slack, tuning: new SlackTuning { MaxRateLimitRetries = 0 });
        var api = services.GetRequiredService<SlackApiClient>();

        var first = await api.GetUserAsync("U0ALICE001", Deadline.Token());
        var second = await api.GetUserAsync("U0ALICE001", Deadline.Token());
        var third = await api.GetUserAsync("U0ALICE001", Deadline.Token());

        Assert.True(first.IsOk && second.IsOk);
        Assert.Equal("ratelimited", third.Error!.Code);
        Assert.InRange(third.Error.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Posts_to_one_channel_go_out_one_per_second_while_other_channels_are_not_held_up()
    {
        var time = new ObservableTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack, time);
        var api = services.GetRequiredService<SlackApiClient>();

        var one = api.PostMessageAsync(Requests, new SlackMessage("one"), cancellationToken: Deadline.Token());
        var two = api.PostMessageAsync(Requests, new SlackMessage("two"), cancellationToken: Deadline.Token());
        var three = api.PostMessageAsync(Requests, new SlackMessage("three"), cancellationToken: Deadline.Token());
        var other = api.PostMessageAsync(Alerts, new SlackMessage("alert"), cancellationToken: Deadline.Token());
        await Task.WhenAll(one, other);
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(2), 1, Deadline.Token());

        Assert.Equal(["one"], Texts(slack, Requests));
        Assert.Equal(["alert"], Texts(slack, Alerts));
        time.Advance(TimeSpan.FromSeconds(1));
        await two;
        Assert.Equal(["one", "two"], Texts(slack, Requests));
        time.Advance(TimeSpan.FromSeconds(1));
        await three;
        Assert.Equal(["one", "two", "three"], Texts(slack, Requests));
    }

    [Fact]
    public async Task Rapid_updates_of_one_message_send_only_the_latest_content()
    {
        var time = new ObservableTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync();
        await using var services = SlackClientFactory.Create(slack, time);
        var api = services.GetRequiredService<SlackApiClient>();
        var coalescer = services.GetRequiredService<MessageUpdateCoalescer>();
        var card = (await api.PostMessageAsync(Requests, new SlackMessage("progress 0%"), cancellationToken: Deadline.Token())).Value!;

        var updates = Enumerable.Range(1, 5).Select(i => coalescer.UpdateAsync(Requests, card.Ts, new SlackMessage($"progress {i * 20}%"), Deadline.Token())).ToList();
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(1), 1, Deadline.Token());
        time.Advance(TimeSpan.FromSeconds(1));
        var results = await Task.WhenAll(updates);

        Assert.All(results, r => Assert.Equal(card.Ts, r.Value!.Ts));
        Assert.Equal("progress 100%", slack.Workspace.Message(Requests, card.Ts)!.Text);
        Assert.Single(slack.Workspace.Message(Requests, card.Ts)!.Edits);
        Assert.Single(slack.Activity.History, a => a.Kind == SlackActivityKind.MessageUpdated);

        var later = coalescer.UpdateAsync(Requests, card.Ts, new SlackMessage("done"), Deadline.Token());
        await time.WaitForTimersAsync(TimeSpan.FromSeconds(1), 2, Deadline.Token());
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await later).IsOk);
        Assert.Equal("done", slack.Workspace.Message(Requests, card.Ts)!.Text);
        Assert.Equal(2, slack.Workspace.Message(Requests, card.Ts)!.Edits.Count);
    }

    private static List<string> Texts(SlackSimulator slack, string channel) => slack.Workspace.Messages(channel).Select(m => m.Text).ToList();
}
