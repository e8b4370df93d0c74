using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Tests.Reliability.Hostile;
using CsCheck;

namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>
/// Generated Slack requests that a correctly signing sender could still get wrong: every field of a click, a modal
/// submission, a slash command and an event broken in turn (missing, wrong JSON type, hostile text), plus malformed
/// form encoding and plain junk. Valid-shaped requests come from a user without a role, so none may change anything.
/// </summary>
internal static class MalformedSlackPayloads
{
    private const string Json = "application/json";

    private static readonly string[] ClickPaths =
    [
        "type", "user", "user.id", "container", "container.type", "container.message_ts", "container.channel_id", "actions", "actions.0",
        "actions.0.action_id", "actions.0.value", "actions.0.action_ts", "actions.0.type", "actions.0.block_id", "team", "team.id",
        "channel", "response_url", "trigger_id", "message", "view", "state", "state.values",
    ];

    private static readonly string[] ClickText = ["actions.0.value", "actions.0.action_id", "user.id", "user.username", "container.message_ts", "actions.0.action_ts", "response_url", "trigger_id"];

    private static readonly string[] SubmissionPaths =
    [
        "type", "user", "user.id", "view", "view.id", "view.callback_id", "view.private_metadata", "view.hash", "view.state", "view.state.values",
        "view.state.values.reason", "view.state.values.reason.reason_input", "view.state.values.reason.reason_input.value", "trigger_id", "team",
    ];

    private static readonly string[] SubmissionText = ["view.state.values.reason.reason_input.value", "view.private_metadata", "view.callback_id", "view.id", "user.id"];

    private static readonly string[] EventPaths = ["type", "event_id", "event", "event.type", "event.user", "event.tab", "event_time", "team_id", "api_app_id", "challenge"];

    private static readonly string[] EventText = ["event.type", "event.user", "event_id", "team_id", "type", "challenge"];

    private static readonly string[] CommandFields = ["command", "text", "user_id", "team_id", "channel_id", "trigger_id", "response_url", "user_name", "ssl_check"];

    public static Gen<SlackFuzzCase> Interactions(FuzzTarget target) => Gen.Frequency(
        (5, JsonBreaker.Break(() => Click(target), ClickPaths, ClickText).Select(b => Interaction("click: " + b.Why, b.Json.ToJsonString()))),
        (3, JsonBreaker.Break(() => Submission(target), SubmissionPaths, SubmissionText).Select(b => Interaction("modal: " + b.Why, b.Json.ToJsonString()))),
        (2, FormJunk("slack/interactions", "payload")));

    public static Gen<SlackFuzzCase> Commands(FuzzTarget target) => Gen.Frequency(
        (3, Gen.Select(Gen.OneOf(CommandFields), HostileText.Any).Select((field, text) =>
            Command(target, $"{field} = hostile text ({JsonBreaker.Describe(text)})", f => f[field] = text))),
        (2, Gen.OneOf(CommandFields).Select(field => Command(target, $"{field} missing", f => f.Remove(field)))),
        (2, HostileText.Any.Select(text => Command(target, $"cancel with hostile argument ({JsonBreaker.Describe(text)})", f => f["text"] = $"cancel {text}"))),
        (1, HostileText.Any.Select(text => Command(target, $"hostile verb ({JsonBreaker.Describe(text)})", f => f["text"] = text + " " + target.RequestId))),
        (2, FormJunk("slack/commands", "text")));

    public static Gen<SlackFuzzCase> Events(FuzzTarget target) => Gen.Frequency(
        (5, JsonBreaker.Break(() => Event(target), EventPaths, EventText).Select(b => new SlackFuzzCase("event: " + b.Why, "slack/events", Bytes(b.Json.ToJsonString()), Json))),
        (1, JsonBreaker.Break(() => new JsonObject { ["type"] = "url_verification", ["token"] = "x", ["challenge"] = "abc" }, EventPaths, EventText)
            .Select(b => new SlackFuzzCase("url_verification: " + b.Why, "slack/events", Bytes(b.Json.ToJsonString()), Json))),
        (2, Junk.Select(j => new SlackFuzzCase("events junk: " + j.Why, "slack/events", j.Body, Json))));

    public static Gen<SlackFuzzCase> Any(FuzzTarget target) => Gen.OneOf(Interactions(target), Commands(target), Events(target));

    private static readonly Gen<(string Why, byte[] Body)> Junk = Gen.OneOf(
        Gen.String.Select(s => ("random text", Bytes(s))),
        Gen.Byte.Array[0, 200].Select(b => ("random bytes", b)),
        Gen.OneOf(
            ("truncated JSON", Bytes("{\"type\":\"block_actions\",\"user\":{")), ("JSON array", Bytes("[{\"type\":\"event_callback\"}]")),
            ("JSON null", Bytes("null")), ("JSON string", Bytes("\"event_callback\"")), ("JSON number", Bytes("1e999")),
            ("deep nesting", Bytes(new string('[', 5000) + new string(']', 5000))), ("empty", Array.Empty<byte>()),
            ("invalid UTF-8", new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xFF, 0x22, 0x7D }),
            ("duplicate keys", Bytes("{\"type\":\"event_callback\",\"type\":\"url_verification\",\"challenge\":\"a\",\"challenge\":{}}")),
            ("lone surrogate escape", Bytes("{\"type\":\"event_callback\",\"event_id\":\"\\ud800\",\"event\":{\"type\":\"\\udfff\"}}"))));

    private static Gen<SlackFuzzCase> FormJunk(string path, string field) => Gen.OneOf(
        Junk.Select(j => new SlackFuzzCase($"form junk: {j.Why}", path, j.Body, HttpModeBot.Form)),
        Junk.Select(j => new SlackFuzzCase($"{field}= junk: {j.Why}", path, [.. Bytes(field + "="), .. j.Body], HttpModeBot.Form)),
        Gen.OneOf("%", "%zz", "%E3%81", "payload=%7B%22type%22%3A%22block_actions%22%7D%", "=&=&&==", "payload&payload", "payload=%00",
            "payload=%ED%A0%80", "payload=" + new string('%', 1000), "text=%2", "a=1&" + string.Concat(Enumerable.Repeat("k=v&", 20_000)))
            .Select(raw => new SlackFuzzCase($"bad form encoding: {JsonBreaker.Describe(raw)}", path, Bytes(raw), HttpModeBot.Form)));

    private static SlackFuzzCase Interaction(string why, string json) =>
        new(why, "slack/interactions", Bytes("payload=" + Uri.EscapeDataString(SpliceSurrogate(json))
            .Replace("%5Cu0001LONE-SURROGATE%5Cu0001", "%5Cud800", StringComparison.Ordinal)), HttpModeBot.Form);

    private static SlackFuzzCase Command(FuzzTarget target, string why, Action<Dictionary<string, string>> change)
    {
        var fields = new Dictionary<string, string>
        {
            ["command"] = "/provision", ["text"] = $"status {target.RequestId}", ["user_id"] = target.UserId, ["user_name"] = "taro.yamada",
            ["team_id"] = "T0SANDBOX1", ["channel_id"] = target.Channel, ["trigger_id"] = Guid.NewGuid().ToString("N"),
        };
        change(fields);
        var form = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Encode(f.Value)));
        return new(why, "slack/commands", Bytes(form), HttpModeBot.Form);
    }

    // A lone surrogate cannot be percent-encoded from a .NET string; send its (invalid) UTF-8 bytes instead.
    private static string Encode(string value) =>
        Uri.EscapeDataString(value.Replace(HostileText.LoneSurrogate, "\u0001", StringComparison.Ordinal)).Replace("%01", "%ED%A0%80", StringComparison.Ordinal);

    private static string SpliceSurrogate(string json) => json.Replace("\\u0001LONE-SURROGATE\\u0001", "\\ud800", StringComparison.Ordinal);

    private static JsonObject Click(FuzzTarget t) => SignedBodies.Click(t.RequestId, t.Channel, t.CardTs, t.UserId, "request.approve");

    private static JsonObject Submission(FuzzTarget t) => new()
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = t.UserId, ["username"] = "taro.yamada" },
        ["team"] = new JsonObject { ["id"] = "T0SANDBOX1" },
        ["trigger_id"] = Guid.NewGuid().ToString("N"),
        ["view"] = new JsonObject
        {
            ["id"] = "V" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            ["type"] = "modal",
            ["callback_id"] = "request.reject.modal",
            ["private_metadata"] = t.RequestId,
            ["hash"] = "1." + Guid.NewGuid().ToString("N")[..8],
            ["state"] = new JsonObject
            {
                ["values"] = new JsonObject { ["reason"] = new JsonObject { ["reason_input"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "重複申請" } } },
            },
        },
    };

    private static JsonObject Event(FuzzTarget t) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0SANDBOX1",
        ["api_app_id"] = "A0SANDBOX1",
        ["event_id"] = "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
        ["event_time"] = HttpModeBot.Now,
        ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = t.UserId, ["channel"] = "D0HOME0001", ["tab"] = "home" },
    };

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
