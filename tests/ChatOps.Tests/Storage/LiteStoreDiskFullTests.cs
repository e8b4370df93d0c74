using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Reliability.Faults;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Storage;

/// <summary>
/// LiteDB stops its engine for good on an I/O error. The store must say so clearly (not with a rollback error that
/// hides the cause), keep every committed entry, and take writes again in the same process once space is back.
/// </summary>
public class LiteStoreDiskFullTests
{
    [Fact]
    public async Task Writes_on_a_full_volume_fail_with_a_clear_error_and_succeed_again_in_the_same_store_after_space_returns()
    {
        var (volume, reason) = await TinyVolume.MountAsync("2m");
        if (volume is null)
        {
            Assert.Skip($"A tmpfs data volume is needed for this test: {reason}");
        }

        await using var mounted = volume;
        var path = volume.File("chatops.db");
        using (var store = Open(path, readOnly: false))
        {
            var trail = new AuditTrail(store);
            for (var i = 0; i < 20; i++)
            {
                await trail.AppendAsync(Record(i), CancellationToken.None);
            }

            volume.Fill();
            for (var i = 0; i < 5; i++)
            {
                var refused = await Assert.ThrowsAsync<StoreUnavailableException>(() => trail.AppendAsync(Record(100 + i), CancellationToken.None));
                Assert.Contains("could not be written", refused.Message, StringComparison.Ordinal);
                Assert.IsAssignableFrom<IOException>(refused.InnerException);
                Assert.Throws<StoreUnavailableException>(store.Probe);
            }

            volume.Free();
            await trail.AppendAsync(Record(20), CancellationToken.None);
            store.Probe();
            Assert.Equal(21, trail.Head.Sequence);
        }

        using var reopened = Open(path, readOnly: true);
        var verification = new AuditTrail(reopened).Verify();
        Assert.True(verification.IsIntact, verification.FirstBreak?.Detail);
        Assert.Equal(21, verification.EntriesChecked);
    }

    private static LiteStore Open(string path, bool readOnly) =>
        new(Options.Create(new StoreOptions { Path = path, ReadOnly = readOnly }), TimeProvider.System);

    // Big enough that a few entries need new pages, so a full volume is hit on the first write.
    private static AuditRecord Record(int i) =>
        new(Actor.Bot, "test.entry", $"PR-{i}", new JsonObject { ["i"] = i, ["padding"] = new string('x', 6000) });
}
