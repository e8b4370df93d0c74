using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>Deduplication keys in the store, so redeliveries are recognised across restarts too.</summary>
public sealed class LiteInbox(LiteStore store) : IInbox
{
    public bool TryAccept(string key, TimeSpan retention) => store.Write(context =>
    {
        var inbox = context.Database.GetCollection(StoreSchema.Inbox);
        var existing = inbox.FindById(key);
        if (existing is not null && existing["ExpiresTicks"].AsInt64 > context.Now.UtcTicks)
        {
            return false;
        }

        inbox.Upsert(new BsonDocument { ["_id"] = key, ["ExpiresTicks"] = (context.Now + retention).UtcTicks });
        return true;
    });

    /// <summary>Forgets keys past their retention; returns how many.</summary>
    public int Purge() => store.Write(context =>
        context.Database.GetCollection(StoreSchema.Inbox).DeleteMany(LiteQuery.Lt("ExpiresTicks", context.Now.UtcTicks)));
}
