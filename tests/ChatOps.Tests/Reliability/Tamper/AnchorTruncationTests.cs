using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Support;
using LiteDB;

namespace ChatOps.Tests.Reliability.Tamper;

/// <summary>
/// The one tamper a hash chain cannot see on its own: cutting entries off the end. The real host posts the chain
/// head to the simulated audit channel; after it stops, the tail of the audit collection is deleted from the data
/// file. <c>audit verify</c> (the real executable) passes without anchors and reports the cut with the anchors an
/// operator copies from the audit channel.
/// </summary>
public class AnchorTruncationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task A_cut_tail_passes_plain_verify_but_is_reported_against_the_anchors_posted_to_the_audit_channel()
    {
        var settings = SandboxFlow.FastSettings();
        settings["Slack:AuditAnchorInterval"] = "00:00:00.500";
        settings["Storage:Path"] = _directory.File("chatops.db");
        var host = await BotHost.StartAsync(settings);
        var feed = host.Sandbox.World.Slack.Activity;
        var auditChannel = host.Sandbox.World.Channels.Audit.Id;
        try
        {
            var request = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());
            await SandboxFlow.CompleteAsync(host, request);
            var headAtCompletion = host.Get<AuditTrail>().Head.Sequence;
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await feed.WaitForAsync(a => IsAnchor(a, auditChannel) && AuditAnchor.Parse(a.Text!).Sequence >= headAtCompletion, deadline.Token);
        }
        finally
        {
            // Stopping posts the shutdown anchor too; the feed outlives the simulator.
            await host.DisposeAsync();
        }

        var anchors = feed.History.Where(a => IsAnchor(a, auditChannel)).Select(a => AuditAnchor.Parse(a.Text!)).ToList();
        var furthest = anchors.Max(a => a.Sequence);
        var intact = await VerifyAsync(anchors);
        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.StartsWith("intact:", intact.Output, StringComparison.Ordinal);

        // Cut the tail: every entry from some point before the furthest published head onward.
        var cutFrom = furthest - 5;
        using (var database = new LiteDatabase($"Filename={_directory.File("chatops.db")};Connection=direct"))
        {
            Assert.True(database.GetCollection(StoreSchema.Audit).DeleteMany(Query.GTE("_id", cutFrom)) >= 6);
        }

        var plain = await VerifyAsync([]);
        Assert.True(plain.ExitCode == 0, plain.Output + plain.Error);
        Assert.StartsWith($"intact: {cutFrom - 1} entries", plain.Output, StringComparison.Ordinal);

        var anchored = await VerifyAsync(anchors);
        Assert.Equal(1, anchored.ExitCode);
        Assert.Contains($"BROKEN at entry {cutFrom} (Truncated)", anchored.Output, StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine($"{anchors.Count} anchors posted, furthest {furthest}; tail cut from {cutFrom}");
        Assert.Contains($"entry {furthest} was published as an anchor", anchored.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static bool IsAnchor(SlackActivity activity, string channel) =>
        activity is { Kind: SlackActivityKind.MessagePosted, Text: not null } && activity.Channel == channel;

    private Task<(int ExitCode, string Output, string Error)> VerifyAsync(IReadOnlyList<AuditAnchor> anchors)
    {
        // Admin port 9 (discard) has no bot behind it, so the command reads the file itself.
        var environment = new Dictionary<string, string> { ["Storage__Path"] = _directory.File("chatops.db"), ["Admin__Port"] = "9" };
        string[] arguments = ["audit", "verify", .. anchors.SelectMany(a => new[] { "--anchor", a.ToString() })];
        return ChatOpsProcess.RunAsync(environment, _directory.Path, arguments);
    }
}
