using ChatOps.Bot.Chat.Anchor;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Chat.Support;
using Microsoft.Extensions.Options;
using static ChatOps.Tests.Chat.Support.ChatOpsHost;
using Deadline = ChatOps.Tests.Slack.Support.Deadline;

namespace ChatOps.Tests.Chat;

public class AuditAnchorTests
{
    [Fact]
    public async Task The_audit_head_is_posted_every_interval_in_the_form_audit_verify_takes_and_is_itself_audited()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack, settings: new Dictionary<string, string?> { ["Slack:AuditAnchorInterval"] = "00:00:00.2" });
        var request = await bot.SubmitAsync();
        await bot.CardAsync(request.Id);

        var posted = await slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted, Channel: AuditChannel }, Deadline.Token());
        var anchor = AuditAnchor.Parse(posted.Text!);

        Assert.Matches("^[0-9]+:[0-9a-f]{64}$", posted.Text);
        Assert.Contains($"chatops audit verify --anchor {anchor}", BlockJson.Text(posted.Blocks()), StringComparison.Ordinal);
        Assert.True(bot.Audit.Verify([anchor]).IsIntact);
        Assert.False(bot.Audit.Verify([anchor with { Hash = new string('0', 64) }]).IsIntact, "a different hash at that sequence is a break");
        await bot.WaitForAsync(request.Id, _ => Entries(bot).Any(e => e.Details.Contains(anchor.ToString(), StringComparison.Ordinal)));
        var entry = Entries(bot).First(e => e.Details.Contains(anchor.ToString(), StringComparison.Ordinal));
        Assert.Equal((ActorKind.System, null), (entry.ActorKind, entry.RequestId));
        Assert.True(entry.Sequence > anchor.Sequence);
    }

    [Fact]
    public async Task On_shutdown_the_final_head_is_posted_after_everything_else_has_stopped()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        await using var bot = await ChatOpsHost.StartAsync(slack);
        await bot.CardAsync((await bot.SubmitAsync()).Id);
        var path = bot.Get<LiteStore>().Path;
        Assert.DoesNotContain(slack.Activity.History, a => a.Channel == AuditChannel);

        await bot.StopAsync();

        var posted = Assert.Single(slack.Activity.History, a => a is { Kind: SlackActivityKind.MessagePosted, Channel: AuditChannel });
        Assert.Contains("Audit anchor at shutdown", BlockJson.Text(posted.Blocks()), StringComparison.Ordinal);
        using var store = new LiteStore(Options.Create(new StoreOptions { Path = path, ReadOnly = true }), TimeProvider.System);
        var trail = new AuditTrail(store);
        var anchor = AuditAnchor.Parse(posted.Text!);
        Assert.Equal(trail.Head.Sequence - 1, anchor.Sequence);
        var last = new List<AuditEntry>();
        trail.ForEach(last.Add);
        Assert.Equal(AuditAnchorService.AuditAction, last[^1].Action);
        Assert.Equal(anchor.Hash, last[^1].PreviousHash);
        Assert.True(trail.Verify([anchor]).IsIntact);
    }

    private static List<AuditEntry> Entries(ChatOpsHost bot)
    {
        var entries = new List<AuditEntry>();
        bot.Audit.ForEach(e =>
        {
            if (e.Action == AuditAnchorService.AuditAction)
            {
                entries.Add(e);
            }
        });
        return entries;
    }
}
