namespace ChatOps.Provisioning.Outbox;

/// <summary>Told after a message was delivered, so work waiting for that delivery can go on at once instead of at its next poll.</summary>
public interface IDeliveryListener
{
    void Delivered(OutboxMessage message);
}
