using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Audit;

/// <summary>Anchors as they come from the audit channel: the same head may appear twice, and a forged one beside a real one.</summary>
public class AuditVerifierAnchorTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task The_same_anchor_given_twice_verifies_and_a_cut_tail_is_still_reported()
    {
        using var store = await WriteTrailAsync(10);
        var trail = new AuditTrail(store);
        var anchor = new AuditAnchor(trail.Head.Sequence, trail.Head.Hash);

        Assert.True(trail.Verify([anchor, anchor]).IsIntact);
        Assert.Equal(AuditBreakKind.Truncated, trail.Verify([anchor, anchor, anchor with { Sequence = 12 }]).FirstBreak!.Kind);
    }

    [Fact]
    public async Task Two_different_hashes_published_for_one_entry_are_a_mismatch_whichever_comes_first()
    {
        using var store = await WriteTrailAsync(10);
        var trail = new AuditTrail(store);
        var real = new AuditAnchor(trail.Head.Sequence, trail.Head.Hash);
        var forged = real with { Hash = new string('0', 64) };

        Assert.Equal(AuditBreakKind.AnchorMismatch, trail.Verify([real, forged]).FirstBreak!.Kind);
        Assert.Equal(AuditBreakKind.AnchorMismatch, trail.Verify([forged, real]).FirstBreak!.Kind);
    }

    public void Dispose() => _directory.Dispose();

    private async Task<LiteStore> WriteTrailAsync(int count)
    {
        var store = new LiteStore(Options.Create(new StoreOptions { Path = _directory.File("chatops.db") }), TimeProvider.System);
        var trail = new AuditTrail(store);
        for (var i = 0; i < count; i++)
        {
            await trail.AppendAsync(new AuditRecord(Actor.Bot, "test.entry", null, new JsonObject { ["i"] = i }), CancellationToken.None);
        }

        return store;
    }
}
