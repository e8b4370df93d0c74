using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Tests.Slack.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatOps.Tests.Sandbox.Slack;

public class SlackSimulatorHttpDeliveryTests
{
    [Fact]
    public void The_signer_reproduces_slacks_documented_example()
    {
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        var signature = SlackRequestSigner.Sign("8f742231b10e8888abcd99yyyzzz85a5", 1531420618, Encoding.UTF8.GetBytes(body));

        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    [Fact]
    public async Task A_slash_command_is_a_signed_form_post_and_a_text_answer_is_shown_to_the_user()
    {
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri });
        peer.Answer(() => Results.Text("Working on it", "text/plain"));

        var outcome = await slack.As("U0CAROL001").RunCommandAsync("/provision approve 12 ok", cancellationToken: Deadline.Token());

        var (path, body, headers) = Assert.Single(peer.Requests);
        var form = QueryHelpers.ParseQuery(body);
        Assert.Equal("/slack/commands", path);
        Assert.True(RecordingPeer.IsSignedBy(slack.Options.SigningSecret, body, headers));
        Assert.InRange(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() - long.Parse(headers["X-Slack-Request-Timestamp"]!, CultureInfo.InvariantCulture), 0, 60);
        Assert.Equal(("/provision", "approve 12 ok", "U0CAROL001"), (form["command"].ToString(), form["text"].ToString(), form["user_id"].ToString()));
        Assert.Equal(outcome.ResponseUrl.ToString(), form["response_url"].ToString());
        Assert.Equal("Working on it", outcome.Reply!.Text);
    }

    [Fact]
    public async Task Forged_and_stale_requests_are_what_they_claim_to_be()
    {
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri });
        var body = Encoding.UTF8.GetBytes("text=hello");
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

        await slack.Http.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", SigningMode.WrongSecret, cancellationToken: Deadline.Token());
        await slack.Http.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", SigningMode.Stale, cancellationToken: Deadline.Token());
        await slack.Http.PostAsync("slack/commands", body, "application/x-www-form-urlencoded", SigningMode.Unsigned, cancellationToken: Deadline.Token());

        var requests = peer.Requests.ToList();
        Assert.False(RecordingPeer.IsSignedBy(slack.Options.SigningSecret, requests[0].Body, requests[0].Headers));
        Assert.True(RecordingPeer.IsSignedBy(slack.Options.SigningSecret, requests[1].Body, requests[1].Headers));
        Assert.InRange(now - long.Parse(requests[1].Headers["X-Slack-Request-Timestamp"]!, CultureInfo.InvariantCulture), 355, 365);
        Assert.False(requests[2].Headers.ContainsKey("X-Slack-Signature"));
    }

    [Fact]
    public async Task A_click_is_a_block_actions_payload_built_from_the_stored_message()
    {
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri });
        using var api = new RawWebApi(slack);
        var blocks = JsonNode.Parse("""[{"type":"section","block_id":"card","text":{"type":"mrkdwn","text":"Request 12"}},{"type":"actions","block_id":"act-12","elements":[{"type":"button","action_id":"approve","value":"12","style":"primary","text":{"type":"plain_text","text":"Approve"}}]}]""");
        var ts = (await api.JsonAsync("chat.postMessage", new JsonObject { ["channel"] = "C0REQUEST1", ["text"] = "Request 12", ["blocks"] = blocks }, slack.Options.BotToken)).Body["ts"]!.GetValue<string>();

        var click = await slack.As("U0ALICE001").ClickAsync("C0REQUEST1", ts, "approve", Deadline.Token());

        var payload = JsonNode.Parse(QueryHelpers.ParseQuery(Assert.Single(peer.Requests).Body)["payload"].ToString())!;
        Assert.True(click.Acknowledged);
        Assert.Equal("block_actions", payload["type"]!.GetValue<string>());
        Assert.Equal(("U0ALICE001", "T0SANDBOX1", "A0SANDBOX1"), (payload["user"]!["id"]!.GetValue<string>(), payload["team"]!["id"]!.GetValue<string>(), payload["api_app_id"]!.GetValue<string>()));
        Assert.Equal(("message", ts, "C0REQUEST1"), (payload["container"]!["type"]!.GetValue<string>(), payload["container"]!["message_ts"]!.GetValue<string>(), payload["container"]!["channel_id"]!.GetValue<string>()));
        var action = payload["actions"]![0]!;
        Assert.Equal(("approve", "act-12", "12", "button"), (action["action_id"]!.GetValue<string>(), action["block_id"]!.GetValue<string>(), action["value"]!.GetValue<string>(), action["type"]!.GetValue<string>()));
        Assert.NotNull(payload["trigger_id"]);
        Assert.StartsWith(slack.BaseUri.ToString(), payload["response_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Request 12", payload["message"]!["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_event_delivery_is_retried_with_x_slack_retry_headers()
    {
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri, EventRetryDelays = [TimeSpan.Zero] });
        peer.Answer(() => Results.StatusCode(500));

        var delivered = await slack.As("U0BOB00001").OpenAppHomeAsync(Deadline.Token());

        var requests = peer.Requests.ToList();
        Assert.Equal((true, 2), (delivered.Delivery.Acknowledged, delivered.Delivery.Attempts));
        Assert.False(requests[0].Headers.ContainsKey("X-Slack-Retry-Num"));
        Assert.Equal(("1", "http_error"), (requests[1].Headers["X-Slack-Retry-Num"].ToString(), requests[1].Headers["X-Slack-Retry-Reason"].ToString()));
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(delivered.EventId, JsonNode.Parse(requests[0].Body)!["event_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_modal_submission_carries_state_values_and_the_answer_is_applied()
    {
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri });
        using var api = new RawWebApi(slack);
        var modal = JsonNode.Parse("""
            {"type":"modal","callback_id":"confirm","private_metadata":"req-7","title":{"type":"plain_text","text":"Confirm"},"submit":{"type":"plain_text","text":"OK"},
             "blocks":[{"type":"input","block_id":"note","label":{"type":"plain_text","text":"Note"},"element":{"type":"plain_text_input","action_id":"note_in"}},
                       {"type":"input","block_id":"checks","label":{"type":"plain_text","text":"Checks"},"element":{"type":"checkboxes","action_id":"checks_in","options":[{"text":{"type":"plain_text","text":"Keys"},"value":"keys"},{"text":{"type":"plain_text","text":"Template"},"value":"template"}]}}]}
            """);
        var alice = slack.As("U0ALICE001");
        var viewId = (await api.JsonAsync("views.open", new JsonObject { ["trigger_id"] = alice.IssueTrigger(), ["view"] = modal }, slack.Options.BotToken)).Body["view"]!["id"]!.GetValue<string>();
        peer.Answer(() => Results.Json(new { response_action = "errors", errors = new Dictionary<string, string> { ["note"] = "Say more" } }));

        var missing = await alice.SubmitViewAsync(viewId, new ViewValues().Text("note_in", "short"), Deadline.Token());
        var refused = await alice.SubmitViewAsync(viewId, new ViewValues().Text("note_in", "short").Check("checks_in", "template"), Deadline.Token());
        var accepted = await alice.SubmitViewAsync(viewId, new ViewValues().Text("note_in", "a longer note").Check("checks_in", "template", "keys"), Deadline.Token());

        Assert.Equal(("required", "checks"), (missing.Action, Assert.Single(missing.Errors!).Key));
        Assert.Equal(("errors", "Say more"), (refused.Action, refused.Errors!["note"]));
        Assert.Equal("closed", accepted.Action);
        Assert.False(slack.Views.Get(viewId)!.Open);
        var payload = JsonNode.Parse(QueryHelpers.ParseQuery(peer.Requests.Last().Body)["payload"].ToString())!;
        Assert.Equal(("view_submission", "confirm", "req-7"), (payload["type"]!.GetValue<string>(), payload["view"]!["callback_id"]!.GetValue<string>(), payload["view"]!["private_metadata"]!.GetValue<string>()));
        Assert.Equal("a longer note", payload["view"]!["state"]!["values"]!["note"]!["note_in"]!["value"]!.GetValue<string>());
        Assert.Equal(["keys", "template"], payload["view"]!["state"]!["values"]!["checks"]!["checks_in"]!["selected_options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.Equal(2, peer.Requests.Count);
    }

    [Fact]
    public async Task A_response_url_answers_five_times_within_thirty_minutes()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var peer = await RecordingPeer.StartAsync();
        await using var slack = await SlackSimulator.StartAsync(new SlackSimulatorOptions { Delivery = SlackDeliveryMode.Http, BotUrl = peer.BaseUri, Time = time });
        var first = await slack.As("U0ALICE001").RunCommandAsync("/provision status 1", cancellationToken: Deadline.Token());
        var second = await slack.As("U0ALICE001").RunCommandAsync("/provision status 2", cancellationToken: Deadline.Token());
        using var http = new HttpClient();
        async Task<int> Respond(Uri url) => (int)(await http.PostAsync(url, new StringContent("""{"text":"update"}""", Encoding.UTF8, "application/json"), Deadline.Token())).StatusCode;

        var uses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            uses.Add(await Respond(first.ResponseUrl));
        }

        time.Advance(TimeSpan.FromMinutes(31));
        var expired = await Respond(second.ResponseUrl);

        Assert.Equal([200, 200, 200, 200, 200, 404], uses);
        Assert.Equal(404, expired);
        Assert.Equal(5, slack.Workspace.Ephemerals("U0ALICE001").Count(e => e.Via == "response_url"));
    }
}
