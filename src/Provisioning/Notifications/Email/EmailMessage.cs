namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>A composed e-mail, independent of the SMTP library: one bilingual body as plain text and as HTML.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string HtmlBody);
