namespace ChatOps.Bot.Chat;

/// <summary>Keys of the <c>Slack</c> section that only the ChatOps experience reads (the platform layer ignores them).</summary>
internal sealed record ChatOpsOptions
{
    public const string Section = "Slack";

    /// <summary><c>Slack:AuditAnchorInterval</c>: how often the audit head is posted to the audit channel.</summary>
    public TimeSpan AuditAnchorInterval { get; init; } = TimeSpan.FromMinutes(60);
}
