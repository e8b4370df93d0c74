using System.Security.Cryptography;
using System.Text;
using ChatOps.Bot.Slack;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Tests.Slack.Support;

namespace ChatOps.Tests.Slack.Http;

/// <summary>Signed but unreadable bodies: 400 with the reason, an audit entry with the body's size and hash (not the body), no handler call.</summary>
public class SlackHttpMalformedTests
{
    [Theory]
    [InlineData("slack/commands", "text=help&team_id=T0SANDBOX1", "missing_fields")]
    [InlineData("slack/interactions", "nothing=here", "missing_payload")]
    [InlineData("slack/interactions", "payload=%7B%22type%22%3A", "invalid_json")]
    [InlineData("slack/interactions", "payload=%7B%22type%22%3A42%7D", "invalid_payload")]
    [InlineData("slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%2C%22container%22%3A%7B%7D%2C%22actions%22%3A%5Bnull%5D%7D", "invalid_payload")]
    [InlineData("slack/events", "[1,2]", "invalid_json")]
    [InlineData("slack/events", "{\"type\":7}", "invalid_payload")]
    [InlineData("slack/events", "{\"type\":\"url_verification\",\"challenge\":{\"x\":1}}", "invalid_payload")]
    [InlineData("slack/events", "{\"type\":\"event_callback\",\"event\":\"app_home_opened\"}", "invalid_payload")]
    public async Task A_signed_but_malformed_body_is_refused_with_400_and_audited_by_hash(string path, string raw, string reason)
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var body = Encoding.UTF8.GetBytes(raw);

        var answer = await slack.Http.PostAsync(path, body, path.EndsWith("events", StringComparison.Ordinal) ? "application/json" : "application/x-www-form-urlencoded", cancellationToken: Deadline.Token());

        Assert.Equal((400, reason), (answer.Status, answer.Body));
        var entry = Assert.Single(bot.Audit.Records);
        Assert.Equal("slack.request.malformed", entry.Action);
        Assert.Equal(reason, entry.Details!["reason"]!.GetValue<string>());
        Assert.Equal("/" + path, entry.Details["path"]!.GetValue<string>());
        Assert.Equal(body.Length, entry.Details["body_bytes"]!.GetValue<int>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), entry.Details["body_sha256"]!.GetValue<string>());
        Assert.Empty(bot.Calls.All);
    }

    [Fact]
    public async Task An_event_whose_fields_have_the_wrong_types_is_audited_as_malformed_not_as_a_failing_handler()
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var body = Encoding.UTF8.GetBytes("{\"type\":\"event_callback\",\"team_id\":\"T0SANDBOX1\",\"event_id\":\"Ev0BAD0001\",\"event_time\":1,\"event\":{\"type\":\"app_home_opened\",\"user\":42}}");

        var answer = await slack.Http.PostAsync("slack/events", body, "application/json", cancellationToken: Deadline.Token());
        var entry = await bot.Audit.WaitForAsync("slack.request.malformed", Deadline.Token());

        Assert.Equal(200, answer.Status);
        Assert.Equal("{\"reason\":\"invalid_event\",\"kind\":\"event\",\"key\":\"app_home_opened\"}", entry.Details!.ToJsonString());
        Assert.DoesNotContain(bot.Audit.Records, r => r.Action == "slack.handler.failed");
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/x")]
    [InlineData("not a url")]
    public async Task A_response_url_that_is_not_a_web_url_is_ignored_and_the_answer_goes_out_as_an_ephemeral(string responseUrl)
    {
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http });
        await using var bot = await SlackBotHost.StartAsync(slack, SlackMode.Http);
        var payload = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "U0ALICE001" },
            ["container"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "message", ["message_ts"] = "1.2", ["channel_id"] = "C0REQUEST1" },
            ["response_url"] = responseUrl,
            ["actions"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["type"] = "button", ["action_id"] = ExplodingButton.ActionId, ["action_ts"] = "1.3" }),
        };
        var body = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(payload.ToJsonString()));

        var answer = await slack.Http.PostAsync("slack/interactions", body, "application/x-www-form-urlencoded", cancellationToken: Deadline.Token());
        var apology = await slack.Activity.WaitForAsync(a => a.Kind == ChatOps.Sandbox.Slack.Activity.SlackActivityKind.EphemeralPosted && a.UserId == "U0ALICE001", Deadline.Token());

        Assert.Equal(200, answer.Status);
        Assert.Equal(("chat.postEphemeral", "C0REQUEST1"), (apology.Via, apology.Channel));
        Assert.Equal("slack.handler.failed", (await bot.Audit.WaitForAsync("slack.handler.failed", Deadline.Token())).Action);
    }
}
