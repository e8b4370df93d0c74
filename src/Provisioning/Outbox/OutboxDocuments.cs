using LiteDB;

namespace ChatOps.Provisioning.Outbox;

internal static class OutboxDocuments
{
    public static BsonDocument ToDocument(OutboxMessage message) => new()
    {
        ["_id"] = message.Id,
        ["Kind"] = message.Kind,
        ["OrderingKey"] = message.OrderingKey,
        ["IdempotencyKey"] = message.IdempotencyKey,
        ["Payload"] = message.Payload,
        ["RequestId"] = message.RequestId is null ? BsonValue.Null : new BsonValue(message.RequestId),
        ["Status"] = message.Status.ToString(),

        // Indexed: the dispatcher reads the queue of one kind without the others (see OutboxStore.Heads).
        ["PendingKind"] = message.Status == OutboxStatus.Pending ? message.Kind : BsonValue.Null,
        ["CreatedTicks"] = message.CreatedAt.UtcTicks,
        ["DueTicks"] = message.DueAt.UtcTicks,
        ["Attempts"] = message.Attempts,
        ["LastError"] = message.LastError is null ? BsonValue.Null : new BsonValue(message.LastError),
        ["DeliveredTicks"] = message.DeliveredAt is { } delivered ? new BsonValue(delivered.UtcTicks) : BsonValue.Null,
    };

    public static OutboxMessage FromDocument(BsonDocument document) => new(
        document["_id"].AsInt64,
        document["Kind"].AsString,
        document["OrderingKey"].AsString,
        document["IdempotencyKey"].AsString,
        document["Payload"].AsString,
        document["RequestId"].IsNull ? null : document["RequestId"].AsString,
        Enum.Parse<OutboxStatus>(document["Status"].AsString),
        new DateTimeOffset(document["CreatedTicks"].AsInt64, TimeSpan.Zero),
        new DateTimeOffset(document["DueTicks"].AsInt64, TimeSpan.Zero),
        document["Attempts"].AsInt32,
        document["LastError"].IsNull ? null : document["LastError"].AsString,
        document["DeliveredTicks"].IsNull ? null : new DateTimeOffset(document["DeliveredTicks"].AsInt64, TimeSpan.Zero));
}
