using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Audit;

/// <summary>Writes a real trail to a data file, tampers with the file directly, and checks verify finds it at the right entry.</summary>
public class AuditTamperTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string StorePath => _directory.File("chatops.db");

    [Fact]
    public void An_untouched_trail_verifies()
    {
        WriteTrail(20);

        var result = Verify();

        Assert.True(result.IsIntact);
        Assert.Equal(20, result.EntriesChecked);
    }

    [Fact]
    public void An_edited_entry_is_reported_at_its_sequence()
    {
        WriteTrail(20);
        Tamper(audit =>
        {
            var entry = audit.FindById(7);
            entry["Details"] = "{\"text\":\"approved by someone else\"}";
            audit.Update(entry);
        });

        var broken = Verify().FirstBreak!;

        Assert.Equal(7, broken.Sequence);
        Assert.Equal(AuditBreakKind.Edited, broken.Kind);
    }

    [Fact]
    public void A_deleted_entry_is_reported_where_it_is_missing()
    {
        WriteTrail(20);
        Tamper(audit => audit.Delete(12));

        var broken = Verify().FirstBreak!;

        Assert.Equal(12, broken.Sequence);
        Assert.Equal(AuditBreakKind.Missing, broken.Kind);
    }

    [Fact]
    public void A_deletion_hidden_by_renumbering_is_reported_at_the_renumbered_entry()
    {
        WriteTrail(20);
        Tamper(audit =>
        {
            var later = audit.Find(Query.GT("_id", 12)).OrderBy(d => d["_id"].AsInt64).ToList();
            audit.DeleteMany(Query.GTE("_id", 12));
            foreach (var document in later)
            {
                document["_id"] = document["_id"].AsInt64 - 1;
                audit.Insert(document);
            }
        });

        var broken = Verify().FirstBreak!;

        Assert.Equal(12, broken.Sequence);
        Assert.Equal(AuditBreakKind.BrokenLink, broken.Kind);
    }

    [Fact]
    public void An_inserted_entry_breaks_the_chain_at_the_entry_after_it_even_with_a_correct_hash_of_its_own()
    {
        WriteTrail(20);
        Tamper(audit =>
        {
            var later = audit.Find(Query.GTE("_id", 9)).OrderByDescending(d => d["_id"].AsInt64).ToList();
            foreach (var document in later)
            {
                audit.Delete(document["_id"]);
                document["_id"] = document["_id"].AsInt64 + 1;
                audit.Insert(document);
            }

            var previous = audit.FindById(8)["Hash"].AsString;
            const string Time = "2026-12-01T00:00:00.0000000Z";
            var hash = AuditHasher.Compute(9, Time, ActorKind.Human, "UFORGER", "forger", "request.approved", "PR-1", "{}", previous);
            audit.Insert(new BsonDocument
            {
                ["_id"] = 9L, ["Time"] = Time, ["ActorKind"] = "Human", ["ActorId"] = "UFORGER", ["ActorName"] = "forger",
                ["Action"] = "request.approved", ["RequestId"] = "PR-1", ["Details"] = "{}", ["PreviousHash"] = previous, ["Hash"] = hash,
            });
        });

        var broken = Verify().FirstBreak!;

        Assert.Equal(10, broken.Sequence);
        Assert.Equal(AuditBreakKind.BrokenLink, broken.Kind);
    }

    [Fact]
    public void A_cut_off_tail_is_invisible_to_the_chain_but_caught_by_a_published_anchor()
    {
        WriteTrail(20);
        var anchor = Anchor();
        Tamper(audit => audit.DeleteMany(Query.GT("_id", 15)));

        Assert.True(Verify().IsIntact);
        var broken = Verify([anchor]).FirstBreak!;

        Assert.Equal(AuditBreakKind.Truncated, broken.Kind);
        Assert.Equal(16, broken.Sequence);
    }

    [Fact]
    public void A_rewritten_entry_with_a_recomputed_chain_is_caught_by_the_anchor()
    {
        WriteTrail(5);
        var anchor = Anchor();
        Tamper(audit =>
        {
            var previous = AuditEntry.GenesisHash;
            foreach (var document in audit.FindAll().OrderBy(d => d["_id"].AsInt64).ToList())
            {
                var entry = AuditDocuments.FromDocument(document) with { ActorName = "someone else", PreviousHash = previous };
                entry = entry with { Hash = AuditHasher.Compute(entry) };
                audit.Update(AuditDocuments.ToDocument(entry));
                previous = entry.Hash;
            }
        });

        var broken = Verify([anchor]).FirstBreak!;

        Assert.Equal(AuditBreakKind.AnchorMismatch, broken.Kind);
        Assert.Equal(5, broken.Sequence);
    }

    public void Dispose() => _directory.Dispose();

    private void WriteTrail(int count)
    {
        using var store = Open();
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord(Actor.Human($"U{i}", $"person {i}"), "request.approved", $"PR-{i}", new() { ["n"] = i });
            store.Write(context => context.Append(record));
        }
    }

    private AuditAnchor Anchor()
    {
        using var store = Open();
        var (sequence, hash) = store.AuditHead;
        return new AuditAnchor(sequence, hash);
    }

    private AuditVerification Verify(IReadOnlyList<AuditAnchor>? anchors = null)
    {
        using var store = Open();
        return new AuditTrail(store).Verify(anchors);
    }

    private void Tamper(Action<ILiteCollection<BsonDocument>> change)
    {
        using var database = new LiteDatabase($"Filename={StorePath};Connection=direct");
        change(database.GetCollection("audit"));
    }

    private LiteStore Open() => new(Options.Create(new StoreOptions { Path = StorePath }), new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
}
