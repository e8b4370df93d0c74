namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>
/// A composed e-mail, independent of the SMTP library: one bilingual body as plain text and as HTML.
/// <paramref name="IdempotencyKey"/>, when set, fixes the Message-ID, so a resend after a crash is recognisably the
/// same message to mail systems that drop duplicates.
/// </summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string HtmlBody, string? IdempotencyKey = null);
