using LiteDB;

namespace ChatOps.Provisioning.Audit;

/// <summary>Maps audit entries to and from the stored documents (explicitly: no mapper guesses what we hash).</summary>
internal static class AuditDocuments
{
    public static BsonDocument ToDocument(AuditEntry entry) => new()
    {
        ["_id"] = entry.Sequence,
        ["Time"] = entry.Time,
        ["ActorKind"] = entry.ActorKind.ToString(),
        ["ActorId"] = entry.ActorId,
        ["ActorName"] = entry.ActorName,
        ["Action"] = entry.Action,
        ["RequestId"] = entry.RequestId is null ? BsonValue.Null : new BsonValue(entry.RequestId),
        ["Details"] = entry.Details,
        ["PreviousHash"] = entry.PreviousHash,
        ["Hash"] = entry.Hash,
    };

    public static AuditEntry FromDocument(BsonDocument document) => new(
        document["_id"].AsInt64,
        document["Time"].AsString,
        Enum.Parse<ActorKind>(document["ActorKind"].AsString),
        document["ActorId"].AsString,
        document["ActorName"].AsString,
        document["Action"].AsString,
        document["RequestId"].IsNull ? null : document["RequestId"].AsString,
        document["Details"].AsString,
        document["PreviousHash"].AsString,
        document["Hash"].AsString);
}
