namespace ChatOps.Provisioning.Outbox;

public enum OutboxStatus
{
    Pending,
    Delivered,

    /// <summary>The receiver refused it for good; kept for the operator, never retried automatically.</summary>
    Dead,
}
