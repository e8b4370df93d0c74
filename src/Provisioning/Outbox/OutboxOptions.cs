namespace ChatOps.Provisioning.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed record OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Deliveries in flight at once per kind (Slack, GCAS, e-mail, ops alerts each have their own).</summary>
    public int MaxConcurrency { get; init; } = 8;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries never wait longer than this, so an outage of an hour is caught up minutes after it ends.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest sleep when nothing is due; new messages wake the dispatcher at once.</summary>
    public TimeSpan IdleInterval { get; init; } = TimeSpan.FromSeconds(30);
}
