using ChatOps.Provisioning.Storage;
using LiteDB;

namespace ChatOps.Provisioning.Audit;

/// <summary>Reads the stored chain in sequence order, lazily, so a million entries never sit in memory at once.</summary>
internal static class AuditChainReader
{
    public static (long Sequence, string Hash) Head(ILiteDatabase database)
    {
        var last = database.GetCollection(StoreSchema.Audit).Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
        return last is null ? (0, AuditEntry.GenesisHash) : (last["_id"].AsInt64, last["Hash"].AsString);
    }

    public static IEnumerable<AuditEntry> All(ILiteDatabase database) =>
        database.GetCollection(StoreSchema.Audit).Find(Query.All("_id", Query.Ascending)).Select(AuditDocuments.FromDocument);

    public static IEnumerable<AuditEntry> ForRequest(ILiteDatabase database, string requestId) =>
        database.GetCollection(StoreSchema.Audit).Find(LiteQuery.Eq("RequestId", requestId)).Select(AuditDocuments.FromDocument).OrderBy(e => e.Sequence);
}
