using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Outbox;

/// <summary>
/// The dispatcher reads only the queues of kinds with a free slot, by the PendingKind index: a wave's thousands of
/// paced Slack posts must not be read again every time a GCAS report goes out.
/// </summary>
public class OutboxHeadsTests
{
    [Fact]
    public void Heads_of_some_kinds_are_the_oldest_pending_message_of_each_of_their_keys_and_nothing_else()
    {
        using var directory = new TempDirectory();
        using var store = Open(directory);
        var outbox = new OutboxStore(store);
        store.Write(context =>
        {
            OutboxStore.Enqueue(context, new OutboxItem("slack", "slack:1", "s1", "{}"));
            OutboxStore.Enqueue(context, new OutboxItem("gcas", "gcas:A", "a1", "{}"));
            OutboxStore.Enqueue(context, new OutboxItem("gcas", "gcas:A", "a2", "{}"));
            OutboxStore.Enqueue(context, new OutboxItem("gcas", "gcas:B", "b1", "{}"));
            return OutboxStore.Enqueue(context, new OutboxItem("mail", "mail:1", "m1", "{}"));
        });

        Assert.Equal(["a1", "b1"], outbox.Heads(["gcas"]).Select(m => m.IdempotencyKey).Order());
        Assert.Equal(["a1", "b1", "m1"], outbox.Heads(["gcas", "mail"]).Select(m => m.IdempotencyKey).Order());
        Assert.Equal(["a1", "b1", "m1", "s1"], outbox.Heads().Select(m => m.IdempotencyKey).Order());

        outbox.MarkDelivered(outbox.Heads(["gcas"]).Single(m => m.IdempotencyKey == "a1").Id);
        outbox.MarkDead(outbox.Heads(["mail"]).Single().Id, "refused");

        Assert.Equal(["a2", "b1"], outbox.Heads(["gcas"]).Select(m => m.IdempotencyKey).Order());
        Assert.Empty(outbox.Heads(["mail"]));
        Assert.Empty(outbox.Heads([]));
    }

    [Fact]
    public void Pending_messages_of_a_data_file_from_before_PendingKind_are_found_after_opening_it()
    {
        using var directory = new TempDirectory();
        using (var old = new LiteDatabase(new ConnectionString { Filename = directory.File("chatops.db"), Connection = ConnectionType.Direct }))
        {
            var collection = old.GetCollection(StoreSchema.Outbox);
            collection.Insert(OldDocument(1, "gcas", "Pending"));
            collection.Insert(OldDocument(2, "gcas", "Delivered"));
        }

        using var store = Open(directory);
        var outbox = new OutboxStore(store);

        var head = Assert.Single(outbox.Heads(["gcas"]));
        Assert.Equal(1, head.Id);
        outbox.MarkDelivered(head.Id);
        Assert.Empty(outbox.Heads(["gcas"]));
    }

    private static LiteStore Open(TempDirectory directory) =>
        new(Options.Create(new StoreOptions { Path = directory.File("chatops.db") }), TimeProvider.System);

    private static BsonDocument OldDocument(long id, string kind, string status) => new()
    {
        ["_id"] = id,
        ["Kind"] = kind,
        ["OrderingKey"] = $"{kind}:A",
        ["IdempotencyKey"] = $"{kind}:{id}",
        ["Payload"] = "{}",
        ["RequestId"] = BsonValue.Null,
        ["Status"] = status,
        ["CreatedTicks"] = DateTimeOffset.UnixEpoch.UtcTicks,
        ["DueTicks"] = DateTimeOffset.UnixEpoch.UtcTicks,
        ["Attempts"] = 0,
        ["LastError"] = BsonValue.Null,
        ["DeliveredTicks"] = BsonValue.Null,
    };
}
