using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Sandbox.Slack;

public class SlackSimulatorWebApiTests
{
    private static JsonObject Post(string text = "hi") => new() { ["channel"] = "C0REQUEST1", ["text"] = text };

    [Fact]
    public async Task Tokens_are_checked_like_slack_does()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var api = new RawWebApi(slack);

        var none = await api.JsonAsync("chat.postMessage", Post(), null);
        var wrong = await api.JsonAsync("chat.postMessage", Post(), "xoxb-wrong");
        var tokenInJsonBody = await api.JsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0REQUEST1", ["text"] = "hi", ["token"] = slack.Options.BotToken }, null);
        var tokenInForm = await api.FormAsync("auth.test", new() { ["token"] = slack.Options.BotToken });
        var appTokenForChat = await api.JsonAsync("chat.postMessage", Post(), slack.Options.AppToken);
        var botTokenForSocket = await api.FormAsync("apps.connections.open", new() { ["token"] = slack.Options.BotToken });
        var unknown = await api.JsonAsync("chat.scheduleMessage", Post(), slack.Options.BotToken);

        Assert.Equal("not_authed", none.Body["error"]!.GetValue<string>());
        Assert.Equal("invalid_auth", wrong.Body["error"]!.GetValue<string>());
        Assert.Equal("not_authed", tokenInJsonBody.Body["error"]!.GetValue<string>());
        Assert.True(tokenInForm.Body["ok"]!.GetValue<bool>());
        Assert.Equal("not_allowed_token_type", appTokenForChat.Body["error"]!.GetValue<string>());
        Assert.Equal("not_allowed_token_type", botTokenForSocket.Body["error"]!.GetValue<string>());
        Assert.Equal((404, "unknown_method"), (unknown.Status, unknown.Body["error"]!.GetValue<string>()));
        Assert.Equal(200, wrong.Status);
    }

    [Fact]
    public async Task Messages_get_increasing_ts_threads_and_kept_edits()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var api = new RawWebApi(slack);
        var token = slack.Options.BotToken;

        var parent = (await api.JsonAsync("chat.postMessage", Post("parent"), token)).Body;
        var reply = (await api.JsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0REQUEST1", ["text"] = "reply", ["thread_ts"] = parent["ts"]!.GetValue<string>() }, token)).Body;
        var edit = (await api.JsonAsync("chat.update", new JsonObject { ["channel"] = "C0REQUEST1", ["ts"] = parent["ts"]!.GetValue<string>(), ["text"] = "parent v2" }, token)).Body;
        var missingCharset = (await api.JsonAsync("chat.postMessage", Post("no charset"), token, "application/json")).Body;

        var parentTs = parent["ts"]!.GetValue<string>();
        Assert.Matches(@"^\d{10}\.\d{6}$", parentTs);
        Assert.True(string.CompareOrdinal(reply["ts"]!.GetValue<string>(), parentTs) > 0);
        Assert.Equal(parentTs, reply["message"]!["thread_ts"]!.GetValue<string>());
        Assert.Equal("parent v2", edit["text"]!.GetValue<string>());
        var stored = slack.Workspace.Message("C0REQUEST1", parentTs)!;
        Assert.Equal((1, "parent", 1), (stored.ReplyCount, stored.Edits[0].Text, stored.Edits.Count));
        Assert.Equal("missing_charset", missingCharset["warning"]!.GetValue<string>());
        Assert.Equal(["parent", "reply", "no charset"], slack.Activity.History.Where(a => a.Kind == SlackActivityKind.MessagePosted).Select(a => a.Text));
    }

    [Fact]
    public async Task Blocks_over_the_limits_are_refused_with_pointers()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var api = new RawWebApi(slack);
        var header = new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = new string('h', 151) } };
        var button = new JsonObject { ["type"] = "button", ["action_id"] = "a", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = new string('b', 76) }, ["style"] = "green" };
        var blocks = new JsonArray(header, new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(button) });

        var refused = (await api.JsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0REQUEST1", ["text"] = "x", ["blocks"] = blocks }, slack.Options.BotToken)).Body;
        var empty = (await api.JsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0REQUEST1" }, slack.Options.BotToken)).Body;

        Assert.Equal("invalid_blocks", refused["error"]!.GetValue<string>());
        var errors = refused["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Contains("must be less than 151 characters [json-pointer:/blocks/0/text/text]", errors);
        Assert.Contains("must be less than 76 characters [json-pointer:/blocks/1/elements/0/text/text]", errors);
        Assert.Contains("must be one of primary, danger [json-pointer:/blocks/1/elements/0/style]", errors);
        Assert.StartsWith("[ERROR] ", refused["response_metadata"]!["messages"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("no_text", empty["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outages_storms_and_per_method_limits_answer_like_slack()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Time = time, RateLimitsPerMinute = new Dictionary<string, int> { ["users.info"] = 1 } });
        using var api = new RawWebApi(slack);

        slack.Faults.Outage = true;
        var outage = await api.JsonAsync("auth.test", [], slack.Options.BotToken);
        slack.Faults.Outage = false;
        slack.Faults.RateLimitNext(1, TimeSpan.FromSeconds(2), "auth.test");
        var storm = await api.JsonAsync("auth.test", [], slack.Options.BotToken);
        var afterStorm = await api.JsonAsync("auth.test", [], slack.Options.BotToken);
        var first = await api.FormAsync("users.info", new() { ["token"] = slack.Options.BotToken, ["user"] = "U0ALICE001" });
        var limited = await api.FormAsync("users.info", new() { ["token"] = slack.Options.BotToken, ["user"] = "U0ALICE001" });
        time.Advance(TimeSpan.FromSeconds(60));
        var nextWindow = await api.FormAsync("users.info", new() { ["token"] = slack.Options.BotToken, ["user"] = "U0ALICE001" });

        Assert.Equal((503, "text/html"), (outage.Status, outage.Response.Content.Headers.ContentType!.MediaType));
        Assert.Equal((429, "ratelimited", TimeSpan.FromSeconds(2)), (storm.Status, storm.Body["error"]!.GetValue<string>(), storm.Response.Headers.RetryAfter!.Delta));
        Assert.Equal(200, afterStorm.Status);
        Assert.Equal("alice", first.Body["user"]!["name"]!.GetValue<string>());
        Assert.Equal((429, TimeSpan.FromSeconds(60)), (limited.Status, limited.Response.Headers.RetryAfter!.Delta));
        Assert.Equal(200, nextWindow.Status);
        Assert.DoesNotContain("email", first.Body["user"]!["profile"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Views_check_size_title_and_trigger_lifetime()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Time = time });
        using var api = new RawWebApi(slack);
        var alice = slack.As("U0ALICE001");
        JsonObject Modal(string title, int blocks = 0, int textLength = 10) => new()
        {
            ["type"] = "modal",
            ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = title },
            ["blocks"] = new JsonArray([.. Enumerable.Range(0, blocks).Select(_ => (JsonNode)new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('v', textLength) } })]),
        };

        var longTitle = await api.JsonAsync("views.open", new JsonObject { ["trigger_id"] = alice.IssueTrigger(), ["view"] = Modal(new string('t', 25)) }, slack.Options.BotToken);
        var tooMany = await api.JsonAsync("views.open", new JsonObject { ["trigger_id"] = alice.IssueTrigger(), ["view"] = Modal("ok", 101) }, slack.Options.BotToken);
        var tooLarge = await api.JsonAsync("views.open", new JsonObject { ["trigger_id"] = alice.IssueTrigger(), ["view"] = Modal("ok", 100, 3000) }, slack.Options.BotToken);
        var trigger = alice.IssueTrigger();
        time.Advance(TimeSpan.FromSeconds(3.5));
        var expired = await api.JsonAsync("views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal("ok") }, slack.Options.BotToken);

        Assert.Equal("invalid_arguments", longTitle.Body["error"]!.GetValue<string>());
        Assert.Contains("[ERROR] must be less than 25 characters [json-pointer:/view/title/text]", longTitle.Body["response_metadata"]!["messages"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains("no more than 100 items allowed [json-pointer:/view/blocks]", tooMany.Body["errors"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal("view_too_large", tooLarge.Body["error"]!.GetValue<string>());
        Assert.Equal("expired_trigger_id", expired.Body["error"]!.GetValue<string>());
        Assert.Empty(slack.Views.OpenModals("U0ALICE001"));
    }

    [Fact]
    public async Task The_activity_feed_streams_history_then_live_changes()
    {
        await using var slack = await SlackSimulator.StartAsync();
        using var api = new RawWebApi(slack);
        await api.JsonAsync("chat.postMessage", Post("first"), slack.Options.BotToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromSeconds(30));
        var seen = new List<string?>();

        await foreach (var activity in slack.Activity.ReadAllAsync(stop.Token))
        {
            seen.Add(activity.Text);
            if (seen.Count == 1)
            {
                await api.JsonAsync("chat.postMessage", Post("second"), slack.Options.BotToken);
            }
            else
            {
                break;
            }
        }

        Assert.Equal(["first", "second"], seen);
    }
}
