using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>Named positions in external feeds (e.g. the GCAS application list), persisted so a restart resumes there.</summary>
public sealed class CursorStore(LiteStore store)
{
    public string? Get(string name) => store.Read(db => db.GetCollection(StoreSchema.Cursors).FindById(name)?["Value"].AsString);

    public void Set(string name, string value) => store.Write(context =>
        context.Database.GetCollection(StoreSchema.Cursors).Upsert(new BsonDocument { ["_id"] = name, ["Value"] = value }));
}
