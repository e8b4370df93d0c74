using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>MailKit over SMTP; one connection per message, since requester e-mails are few and far between.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<EmailOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!TryBuild(message, settings, out var mime, out var problem))
        {
            return Log(EmailOutcome.Permanent(problem));
        }

        using (mime)
        using (var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds })
        {
            try
            {
                await client.ConnectAsync(settings.Host, settings.Port, ToMailKit(settings.StartTls), cancellationToken);
                if (!string.IsNullOrEmpty(settings.UserName))
                {
                    await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
                }

                await client.SendAsync(mime, cancellationToken);
                await client.DisconnectAsync(quit: true, cancellationToken);
                return EmailOutcome.Sent;
            }
            catch (SmtpCommandException e)
            {
                var code = (int)e.StatusCode;
                var detail = $"SMTP {code} ({e.ErrorCode}){(e.Mailbox is null ? "" : " for " + e.Mailbox.Address)}: {e.Message}";
                return Log(code >= 500 ? EmailOutcome.Permanent(detail, code) : EmailOutcome.Transient(detail, code));
            }
            catch (AuthenticationException)
            {
                return Log(EmailOutcome.Permanent("SMTP authentication failed for Email:UserName"));
            }
            catch (SslHandshakeException e)
            {
                return Log(EmailOutcome.Permanent($"TLS handshake with the SMTP server failed: {e.GetType().Name}"));
            }
            catch (Exception e) when (e is SmtpProtocolException or SocketException or IOException or TimeoutException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                return Log(EmailOutcome.Transient($"SMTP connection to {settings.Host}:{settings.Port} failed: {e.GetType().Name}: {e.Message}"));
            }
        }
    }

    private static bool TryBuild(EmailMessage message, EmailOptions settings, out MimeMessage mime, out string problem)
    {
        mime = new MimeMessage();
        problem = "";
        mime.From.Add(new MailboxAddress(Encoding.UTF8, settings.FromName, settings.From));
        foreach (var recipient in message.To)
        {
            if (!MailboxAddress.TryParse(recipient, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                problem = $"not an e-mail address: {recipient}";
                mime.Dispose();
                return false;
            }

            mime.To.Add(address);
        }

        if (mime.To.Count == 0)
        {
            problem = "no recipients";
            mime.Dispose();
            return false;
        }

        mime.Subject = message.Subject;
        if (message.IdempotencyKey is { } key)
        {
            mime.MessageId = MessageId(key, settings.From);
        }

        var text = new TextPart(TextFormat.Plain);
        text.SetText(Encoding.UTF8, message.TextBody);
        var html = new TextPart(TextFormat.Html);
        html.SetText(Encoding.UTF8, message.HtmlBody);
        var alternative = new MultipartAlternative { text, html };
        // Content-* headers belong to the body entity in MimeKit, so the language tag goes there.
        alternative.Headers.Add(HeaderId.ContentLanguage, "ja, en");
        mime.Body = alternative;
        return true;
    }

    /// <summary>A hash keeps the key's characters (and the request id in it) out of a header that allows few.</summary>
    internal static string MessageId(string idempotencyKey, string from)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
        var domain = MailboxAddress.TryParse(from, out var address) && address.Domain is { Length: > 0 } d ? d : "chatops.invalid";
        return $"{hash}@{domain}";
    }

    private static SecureSocketOptions ToMailKit(EmailTlsMode mode) => mode switch
    {
        EmailTlsMode.None => SecureSocketOptions.None,
        EmailTlsMode.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        EmailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private EmailOutcome Log(EmailOutcome outcome)
    {
        logger.LogWarning("E-mail not sent ({Kind}): {Detail}", outcome.Kind, outcome.Detail);
        return outcome;
    }
}
