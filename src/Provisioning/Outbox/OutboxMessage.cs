namespace ChatOps.Provisioning.Outbox;

/// <summary>An outbox message as stored, with its delivery bookkeeping.</summary>
public sealed record OutboxMessage(
    long Id,
    string Kind,
    string OrderingKey,
    string IdempotencyKey,
    string Payload,
    string? RequestId,
    OutboxStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    int Attempts,
    string? LastError,
    DateTimeOffset? DeliveredAt);
