using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>Collection names and indexes, in one place.</summary>
internal static class StoreSchema
{
    public const string Requests = "requests";
    public const string TenancyNames = "tenancy_names";
    public const string Audit = "audit";
    public const string Inbox = "inbox";
    public const string Outbox = "outbox";
    public const string Cursors = "cursors";
    public const string Counters = "counters";

    public static void EnsureIndexes(ILiteDatabase database)
    {
        var requests = database.GetCollection(Requests);
        requests.EnsureIndex("GcasApplicationId", unique: true);
        requests.EnsureIndex("Number", unique: true);
        requests.EnsureIndex("DueTicks");
        requests.EnsureIndex("State");
        requests.EnsureIndex("LgCode");
        database.GetCollection(Audit).EnsureIndex("RequestId");
        var outbox = database.GetCollection(Outbox);
        outbox.EnsureIndex("IdempotencyKey", unique: true);
        outbox.EnsureIndex("Status");
        outbox.EnsureIndex("RequestId");
        AddPendingKind(outbox);
        outbox.EnsureIndex("PendingKind");
        database.GetCollection(Inbox).EnsureIndex("ExpiresTicks");

        // Every collection exists before the first concurrent use: LiteDB can fail a reader ("page type must be
        // collection page") when a collection is created while another thread reads.
        database.GetCollection(TenancyNames).EnsureIndex("RequestId");
        database.GetCollection(Counters).EnsureIndex("Value");
        database.GetCollection(Cursors).EnsureIndex("Value");
        database.GetCollection("health").EnsureIndex("Ticks");
    }

    /// <summary>
    /// Data files from before PendingKind: give their pending messages the field, or the dispatcher, which reads
    /// pending messages by it, would never see them.
    /// </summary>
    private static void AddPendingKind(ILiteCollection<BsonDocument> outbox)
    {
        foreach (var document in outbox.Find(LiteQuery.Eq("Status", "Pending")).Where(d => !d.ContainsKey("PendingKind")).ToList())
        {
            document["PendingKind"] = document["Kind"];
            outbox.Update(document);
        }
    }

    /// <summary>Next value of a named counter; call inside a write.</summary>
    public static long Next(ILiteDatabase database, string name)
    {
        var counters = database.GetCollection(Counters);
        var current = counters.FindById(name);
        var next = (current?["Value"].AsInt64 ?? 0) + 1;
        counters.Upsert(new BsonDocument { ["_id"] = name, ["Value"] = next });
        return next;
    }
}
