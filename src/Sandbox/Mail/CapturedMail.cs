namespace ChatOps.Sandbox.Mail;

/// <summary>One message the SMTP simulator accepted: the envelope, the decoded parts, and the raw bytes.</summary>
public sealed record CapturedMail(
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeRecipients,
    string Subject,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? TextBody,
    string? HtmlBody,
    byte[] Raw,
    DateTimeOffset ReceivedAt)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
