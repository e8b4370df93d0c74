using ChatOps.Provisioning.Storage;
using LiteDB;

namespace ChatOps.Bot.Chat.Threads;

/// <summary>
/// Request id → its Slack thread, in the store's own <c>slack_threads</c> collection. Writes go through the
/// store's single writer; the first recorded thread of a request wins, so a card is never replaced by another.
/// </summary>
internal sealed class ThreadMap
{
    public const string Collection = "slack_threads";

    private readonly LiteStore _store;

    public ThreadMap(LiteStore store)
    {
        _store = store;

        // Create the collection now, before anything runs: LiteDB must not create a collection while other
        // threads read (a concurrent read of a half-made collection page fails the whole engine).
        _store.Write(context => context.Database.GetCollection(Collection).EnsureIndex("Ts"));
    }

    public ThreadRef? Get(string requestId) =>
        _store.Read(db => db.GetCollection(Collection).FindById(requestId) is { } doc ? FromDocument(doc) : null);

    /// <summary>Records the thread unless one is recorded already; returns the one that holds.</summary>
    public ThreadRef Record(string requestId, string channel, string ts, long lastEventId, string? cardHash) => _store.Write(context =>
    {
        var threads = context.Database.GetCollection(Collection);
        if (threads.FindById(requestId) is { } existing)
        {
            return FromDocument(existing);
        }

        var created = new ThreadRef(requestId, channel, ts, lastEventId, cardHash);
        threads.Insert(ToDocument(created));
        return created;
    });

    /// <summary>Notes that the line of outbox message <paramref name="eventId"/> is in the thread.</summary>
    public void MarkPosted(string requestId, long eventId) => _store.Write(context =>
    {
        var threads = context.Database.GetCollection(Collection);
        if (threads.FindById(requestId) is { } doc && doc["LastEventId"].AsInt64 < eventId)
        {
            doc["LastEventId"] = eventId;
            threads.Update(doc);
        }

        return true;
    });

    /// <summary>Notes what the card now shows.</summary>
    public void MarkCard(string requestId, string cardHash) => _store.Write(context =>
    {
        var threads = context.Database.GetCollection(Collection);
        if (threads.FindById(requestId) is { } doc)
        {
            doc["CardHash"] = cardHash;
            threads.Update(doc);
        }

        return true;
    });

    private static BsonDocument ToDocument(ThreadRef thread) => new()
    {
        ["_id"] = thread.RequestId,
        ["Channel"] = thread.Channel,
        ["Ts"] = thread.Ts,
        ["LastEventId"] = thread.LastEventId,
        ["CardHash"] = thread.CardHash is null ? BsonValue.Null : new BsonValue(thread.CardHash),
    };

    private static ThreadRef FromDocument(BsonDocument doc) =>
        new(doc["_id"].AsString, doc["Channel"].AsString, doc["Ts"].AsString, doc["LastEventId"].AsInt64,
            doc.TryGetValue("CardHash", out var hash) && hash.IsString ? hash.AsString : null);
}
