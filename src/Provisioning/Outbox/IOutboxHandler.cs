namespace ChatOps.Provisioning.Outbox;

/// <summary>Delivers outbox messages of one <see cref="Kind"/> (e.g. <c>gcas.status</c>, <c>email</c>, <c>request.event</c>).</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
