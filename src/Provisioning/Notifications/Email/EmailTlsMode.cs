namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>How the SMTP connection is secured (<c>Email:StartTls</c>); the names follow MailKit's options.</summary>
public enum EmailTlsMode
{
    None,
    StartTls,
    StartTlsWhenAvailable,
    SslOnConnect,
}
