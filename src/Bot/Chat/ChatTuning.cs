namespace ChatOps.Bot.Chat;

/// <summary>
/// Timings of the ChatOps experience that are not operator configuration; tests pass smaller values to
/// <c>AddChatOps</c>.
/// </summary>
internal sealed record ChatTuning
{
    /// <summary>
    /// How long a notification waits when Slack refuses it for a reason an operator must fix (channel missing,
    /// bot not invited, token revoked). Nothing is lost: it is tried again after this, until it goes through.
    /// </summary>
    public TimeSpan OperatorFixRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long user-group members (approvers, operators) are cached.</summary>
    public TimeSpan GroupCacheLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long display names from users.info are cached.</summary>
    public TimeSpan UserCacheLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Entries shown by <c>audit &lt;id&gt;</c>.</summary>
    public int AuditEntries { get; init; } = 10;

    /// <summary>Requests listed per section of App Home and per <c>list</c> answer.</summary>
    public int ListLimit { get; init; } = 15;
}
