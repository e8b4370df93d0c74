using ChatOps.Provisioning.Notifications.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Operations.Doctor;

/// <summary>The mail server answers, negotiates TLS as configured and accepts the credentials; nothing is sent.</summary>
internal sealed class SmtpDoctorCheck(IOptions<EmailOptions> options) : IDoctorCheck
{
    public string Name => "smtp";

    public async Task<DoctorFinding> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return DoctorFinding.Skipped(Name, "Email:Host is not set; applicants get no e-mail");
        }

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            var security = settings.StartTls switch
            {
                EmailTlsMode.None => SecureSocketOptions.None,
                EmailTlsMode.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
                EmailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
            return DoctorFinding.Ok(Name, $"{settings.Host}:{settings.Port} ({settings.StartTls}{(string.IsNullOrEmpty(settings.UserName) ? string.Empty : ", authenticated")})");
        }
        catch (Exception exception) when (exception is System.Net.Sockets.SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            return DoctorFinding.Failed(Name, $"{settings.Host}:{settings.Port}: {exception.Message}",
                "Check Email__Host/Port/StartTls, egress to port 587, and the SMTP credentials (Email__UserName, Email__Password) of OCI Email Delivery.");
        }
    }
}
