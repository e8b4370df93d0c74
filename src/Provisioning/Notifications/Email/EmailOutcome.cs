namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>What became of one e-mail. <see cref="Detail"/> holds the server's reply, never credentials.</summary>
public sealed record EmailOutcome(EmailOutcomeKind Kind, string? Detail = null, int? SmtpStatus = null)
{
    public static EmailOutcome Sent { get; } = new(EmailOutcomeKind.Sent);

    public static EmailOutcome Transient(string detail, int? smtpStatus = null) => new(EmailOutcomeKind.TransientFailure, detail, smtpStatus);

    public static EmailOutcome Permanent(string detail, int? smtpStatus = null) => new(EmailOutcomeKind.PermanentFailure, detail, smtpStatus);
}
