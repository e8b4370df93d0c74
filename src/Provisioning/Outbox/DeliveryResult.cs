namespace ChatOps.Provisioning.Outbox;

/// <summary>How one delivery attempt went.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    public static DeliveryResult Delivered { get; } = new Success();

    public static DeliveryResult Retry(string error, TimeSpan? after = null) => new RetryLater(error, after);

    public static DeliveryResult Refused(string error) => new Dead(error);

    public sealed record Success : DeliveryResult;

    /// <summary>The receiver is unavailable or throttling: try again later (after <paramref name="After"/> if given).</summary>
    public sealed record RetryLater(string Error, TimeSpan? After) : DeliveryResult;

    /// <summary>The receiver refused the message in a way retrying cannot fix.</summary>
    public sealed record Dead(string Error) : DeliveryResult;
}
