using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ChatOps.Bot.Interactions;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Reliability.Hostile;
using ChatOps.Tests.Support;
using CsCheck;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Reliability.SlackInput;

/// <summary>
/// Thousands of generated, correctly signed but malformed Slack requests against the full host over HTTP: none gets a
/// 5xx or stops the host, each is refused clearly (400 with the reason, or the documented ack), every 400 is in the
/// audit trail by the hash of its body, and a request in flight and a new application are not affected.
/// </summary>
public class SlackInputFuzzTests
{
    private static readonly string[] Injected = ["<!channel>", "<!here>", "<!everyone>", "<http://x|y>", "<https://evil.example", "<!subteam^"];

    [Fact]
    public async Task Malformed_signed_payloads_are_refused_and_audited_without_crash_and_affect_nothing_else()
    {
        await using var bot = await HttpModeBot.StartAsync();
        var (target, ts) = await bot.AwaitingApprovalAsync();
        var bystander = TestApplications.Valid();
        bot.World.Gcas.AddApplication(bystander);
        var refused = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await MalformedSlackPayloads.Any(new FuzzTarget(target.Id, bot.Channel, ts, bot.World.Cast.Outsider.Id)).SampleAsync(async sample =>
        {
            var answer = await bot.PostAsync(sample.Path, sample.Body, sample.ContentType);
            statuses.AddOrUpdate(answer.Status, 1, (_, n) => n + 1);
            Assert.True(answer.Status is 200 or 400 or 413, $"{sample}: HTTP {answer.Status} {answer.Body}");
            if (answer.Status == 400)
            {
                Assert.False(string.IsNullOrWhiteSpace(answer.Body), sample.ToString());
                refused.Add(Convert.ToHexStringLower(SHA256.HashData(sample.Body)));
            }
            else if (answer.Body.Length > 0 && sample.Path != "slack/events")
            {
                // What an ack carries is shown in Slack (the events endpoint only echoes url_verification challenges).
                Assert.DoesNotContain(Injected, i => answer.Body.Contains(i, StringComparison.Ordinal));
            }
        }, iter: 4000, threads: 1);

        // Handlers run after the ack: let the queue drain before judging what they did.
        await SandboxFlow.WaitAsync(bot.Host, () => bot.Host.Get<global::ChatOps.Bot.Slack.Inbound.SlackWorkQueue>().Reader.Count, n => n == 0, TimeSpan.FromMinutes(2));

        // Afterwards the host is healthy and a genuine approval of the new application goes through.
        Assert.Equal(200, (int)(await bot.Host.Http.GetAsync("healthz", TestContext.Current.CancellationToken)).StatusCode);
        var other = await SandboxFlow.SubmitAsync(bot.Host, bystander);
        var thread = await SandboxFlow.WaitAsync(bot.Host, () => bot.Host.Get<global::ChatOps.Bot.Chat.Threads.ThreadMap>().Get(other.Id), t => t is not null);
        await SandboxFlow.WaitAsync(bot.Host, () => bot.Slack.Workspace.Message(thread!.Channel, thread.Ts)?.Blocks()?.ToJsonString() ?? "", b => b.Contains(ApproveButton.ActionId, StringComparison.Ordinal));
        await bot.Slack.As(bot.World.Cast.Approver1.Id).ClickAsync(bot.Channel, thread!.Ts, ApproveButton.ActionId, Deadline.Token());
        await SandboxFlow.WaitAsync(bot.Host, () => bot.Request(other.Id).State, s => s is not (RequestState.Received or RequestState.AwaitingApproval));

        TestContext.Current.TestOutputHelper?.WriteLine("Slack fuzz statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(refused.Count >= 1000, $"only {refused.Count} refusals; the generators drifted towards valid payloads");
        var audited = bot.Entries("slack.request.malformed").Select(e => JsonNode.Parse(e.Details)?["body_sha256"]?.GetValue<string>()).OfType<string>().ToHashSet();
        Assert.All(refused, hash => Assert.Contains(hash, audited));
        Assert.Equal(RequestState.AwaitingApproval, bot.Request(target.Id).State);
        Assert.DoesNotContain(bot.Host.Get<AuditTrail>().ForRequest(target.Id), e => e.Action is "request.approved" or "request.rejected" or "request.cancelled");
        Assert.True(bot.Host.Get<AuditTrail>().Verify().IsIntact);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", new[] { "slack.request.malformed", "slack.handler.unknown", "command.denied", "command.refused", "slack.handler.failed" }
            .Select(a => $"{a}×{bot.Entries(a).Count}")));
        Assert.Empty(bot.Entries("slack.handler.failed"));
        Assert.NotEmpty(bot.Entries("slack.handler.unknown"));
        Assert.NotEmpty(bot.Entries("command.denied"));
        Assert.Equal(2, bot.Host.Get<RequestStore>().All().Count);
        var shown = bot.Slack.Workspace.Ephemerals().Select(e => e.Text + e.BlocksJson)
            .Concat(bot.World.Channels.All.SelectMany(c => bot.Slack.Workspace.Messages(c.Id)).Select(m => m.Text + m.BlocksJson));
        Assert.All(shown, text => Assert.DoesNotContain(Injected, i => text.Contains(i, StringComparison.Ordinal)));
    }
}
