using System.Text;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>
/// Forged, unsigned and stale requests to every endpoint of the full host: 401, an audit entry naming the reason and
/// path (never the signature), and no effect on the request the body tried to approve or cancel.
/// </summary>
public class SignatureRefusalTests(SharedHttpModeBot shared) : IClassFixture<SharedHttpModeBot>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var path in new[] { "slack/commands", "slack/interactions", "slack/events" })
        {
            foreach (var (forgery, reason) in new[]
            {
                ("wrong_secret", "signature_mismatch"), ("tampered_body", "signature_mismatch"), ("garbage_hex", "signature_mismatch"),
                ("replayed_6_min_later", "timestamp_outside_window"), ("from_the_future", "timestamp_outside_window"),
                ("no_headers", "missing_signature"), ("no_timestamp", "missing_signature"), ("no_signature", "missing_signature"),
                ("timestamp_not_a_number", "malformed_timestamp"), ("v1_signature", "unknown_signature_version"),
            })
            {
                data.Add(path, forgery, reason);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_forged_or_stale_request_is_refused_with_401_audited_and_changes_nothing(string path, string forgery, string reason)
    {
        var bot = shared.Bot;
        var approver = bot.World.Cast.Approver1.Id;
        var operatorId = bot.World.Cast.Operator.Id;
        var body = SignedBodies.For(path, shared.Target.Id, bot.Channel, shared.CardTs, path == "slack/commands" ? operatorId : approver);
        var before = Refusals(bot, path, reason);
        var now = HttpModeBot.Now;

        var answer = forgery switch
        {
            "wrong_secret" => await bot.PostAsync(path, body, secret: bot.Secret + "x"),
            "tampered_body" => await Tampered(bot, path, body, now),
            "garbage_hex" => await bot.PostAsync(path, body, signed: false, headers: Headers(now, "v0=" + new string('z', 64))),
            "replayed_6_min_later" => await bot.PostAsync(path, body, timestamp: now - 360),
            "from_the_future" => await bot.PostAsync(path, body, timestamp: now + 360),
            "no_headers" => await bot.PostAsync(path, body, signed: false),
            "no_timestamp" => await bot.PostAsync(path, body, signed: false, headers: new Dictionary<string, string> { ["X-Slack-Signature"] = TestSlackSigner.Sign(bot.Secret, now, body) }),
            "no_signature" => await bot.PostAsync(path, body, signed: false, headers: new Dictionary<string, string> { ["X-Slack-Request-Timestamp"] = now.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            "timestamp_not_a_number" => await bot.PostAsync(path, body, signed: false, headers: Headers(-1, TestSlackSigner.Sign(bot.Secret, now, body), "1e9")),
            _ => await bot.PostAsync(path, body, signed: false, headers: Headers(now, "v1=" + TestSlackSigner.Sign(bot.Secret, now, body)[3..])),
        };

        Assert.Equal(401, answer.Status);
        var entries = bot.Entries("slack.signature.rejected").Where(e => Matches(e, path, reason)).ToList();
        Assert.Equal(before + 1, entries.Count);
        Assert.Matches("\"remote_ip\":\"(::ffff:)?127\\.0\\.0\\.1\"", entries[^1].Details);
        Assert.DoesNotContain("v0=", entries[^1].Details, StringComparison.Ordinal);
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(shared.Target.Id).State);
        Assert.DoesNotContain(bot.Host.Get<ChatOps.Provisioning.Audit.AuditTrail>().ForRequest(shared.Target.Id), e => e.Action is "request.approved" or "request.cancelled" or "command.denied" or "command.refused");
    }

    private static int Refusals(HttpModeBot bot, string path, string reason) => bot.Entries("slack.signature.rejected").Count(e => Matches(e, path, reason));

    private static bool Matches(ChatOps.Provisioning.Audit.AuditEntry e, string path, string reason) =>
        e.Details.Contains($"\"reason\":\"{reason}\"", StringComparison.Ordinal) && e.Details.Contains($"\"path\":\"/{path}\"", StringComparison.Ordinal);

    private static Task<SlackAnswer> Tampered(HttpModeBot bot, string path, byte[] body, long now)
    {
        var signature = TestSlackSigner.Sign(bot.Secret, now, body);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("cancel", "cancol", StringComparison.Ordinal).Replace("app_home", "app_hxme", StringComparison.Ordinal).Replace("approve", "apprxve", StringComparison.Ordinal));
        Assert.NotEqual(body, changed);
        return bot.PostAsync(path, changed, signed: false, headers: Headers(now, signature));
    }

    private static Dictionary<string, string> Headers(long timestamp, string signature, string? rawTimestamp = null) => new()
    {
        ["X-Slack-Request-Timestamp"] = rawTimestamp ?? timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["X-Slack-Signature"] = signature,
    };
}
