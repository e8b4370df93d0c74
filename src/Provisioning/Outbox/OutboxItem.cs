namespace ChatOps.Provisioning.Outbox;

/// <summary>
/// A message that must be delivered at least once. Messages with one <paramref name="OrderingKey"/> are
/// delivered in the order they were written; <paramref name="IdempotencyKey"/> makes enqueueing the same
/// message twice a no-op and is passed on to receivers that deduplicate.
/// </summary>
public sealed record OutboxItem(string Kind, string OrderingKey, string IdempotencyKey, string Payload, string? RequestId = null);
