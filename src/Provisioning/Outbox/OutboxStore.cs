using ChatOps.Provisioning.Storage;
using LiteDB;

namespace ChatOps.Provisioning.Outbox;

/// <summary>The outbox collection: messages written in the same transaction as the change that caused them.</summary>
public sealed class OutboxStore(LiteStore store)
{
    /// <summary>Adds a message inside a write; false when a message with the same idempotency key already exists.</summary>
    public static bool Enqueue(WriteContext context, OutboxItem item)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(item);
        var collection = context.Database.GetCollection(StoreSchema.Outbox);
        if (collection.Exists(LiteQuery.Eq("IdempotencyKey", item.IdempotencyKey)))
        {
            return false;
        }

        var id = StoreSchema.Next(context.Database, "outbox");
        var message = new OutboxMessage(id, item.Kind, item.OrderingKey, item.IdempotencyKey, item.Payload, item.RequestId,
            OutboxStatus.Pending, context.Now, context.Now, 0, null, null);
        collection.Insert(OutboxDocuments.ToDocument(message));
        return true;
    }

    /// <summary>
    /// The head of every ordering key: its oldest pending message, the only one of that key that may go out
    /// (so order holds). Messages queued behind a failing head are not due, whatever their own time says.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Heads() => Heads(null);

    /// <summary>
    /// The heads of the given kinds only (null: all). Read through the PendingKind index, so a long queue of one
    /// kind (a wave's paced Slack posts, thousands deep) is not read again each time another kind has room.
    /// Ordering keys never span kinds.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Heads(IReadOnlyCollection<string>? kinds) => store.Read(db =>
    {
        var collection = db.GetCollection(StoreSchema.Outbox);
        var pending = kinds is null
            ? collection.Find(LiteQuery.Eq("Status", OutboxStatus.Pending.ToString()))
            : kinds.SelectMany(kind => collection.Find(LiteQuery.Eq("PendingKind", kind)));
        var heads = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        foreach (var document in pending)
        {
            var message = OutboxDocuments.FromDocument(document);
            if (!heads.TryGetValue(message.OrderingKey, out var head) || message.Id < head.Id)
            {
                heads[message.OrderingKey] = message;
            }
        }

        return heads.Values.OrderBy(m => m.DueAt).ThenBy(m => m.Id).ToList();
    });

    /// <summary>When the earliest head is due, or null when nothing is pending.</summary>
    public DateTimeOffset? NextDueAt() => Heads().Select(m => (DateTimeOffset?)m.DueAt).FirstOrDefault();

    public void MarkDelivered(long id) => Update(id, (message, now) => message with { Status = OutboxStatus.Delivered, DeliveredAt = now, Attempts = message.Attempts + 1, LastError = null });

    public void Reschedule(long id, DateTimeOffset dueAt, string error) =>
        Update(id, (message, _) => message with { DueAt = dueAt, Attempts = message.Attempts + 1, LastError = error });

    public void MarkDead(long id, string error) => Update(id, (message, _) => message with { Status = OutboxStatus.Dead, Attempts = message.Attempts + 1, LastError = error });

    public OutboxMessage? Get(long id) => store.Read(db =>
        db.GetCollection(StoreSchema.Outbox).FindById(id) is { } document ? OutboxDocuments.FromDocument(document) : null);

    public bool IsDelivered(string idempotencyKey) => store.Read(db =>
        db.GetCollection(StoreSchema.Outbox).FindOne(LiteQuery.Eq("IdempotencyKey", idempotencyKey)) is { } document
        && document["Status"].AsString == OutboxStatus.Delivered.ToString());

    public IReadOnlyList<OutboxMessage> ForRequest(string requestId) => store.Read(db =>
        db.GetCollection(StoreSchema.Outbox).Find(LiteQuery.Eq("RequestId", requestId)).Select(OutboxDocuments.FromDocument).OrderBy(m => m.Id).ToList());

    /// <summary>Pending messages per kind and the age of the oldest, for metrics and the watchdog.</summary>
    public OutboxStats Stats(DateTimeOffset now) => store.Read(db =>
    {
        var pending = db.GetCollection(StoreSchema.Outbox).Find(LiteQuery.Eq("Status", OutboxStatus.Pending.ToString()))
            .Select(d => (Kind: d["Kind"].AsString, Created: d["CreatedTicks"].AsInt64)).ToList();
        var byKind = pending.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var oldest = pending.Count == 0 ? TimeSpan.Zero : now - new DateTimeOffset(pending.Min(p => p.Created), TimeSpan.Zero);
        var dead = db.GetCollection(StoreSchema.Outbox).Count(LiteQuery.Eq("Status", OutboxStatus.Dead.ToString()));
        return new OutboxStats(pending.Count, byKind, oldest, dead);
    });

    private void Update(long id, Func<OutboxMessage, DateTimeOffset, OutboxMessage> change) => store.Write(context =>
    {
        var collection = context.Database.GetCollection(StoreSchema.Outbox);
        if (collection.FindById(id) is { } document)
        {
            collection.Update(OutboxDocuments.ToDocument(change(OutboxDocuments.FromDocument(document), context.Now)));
        }

        return true;
    });
}
