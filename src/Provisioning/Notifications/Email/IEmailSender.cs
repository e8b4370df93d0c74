namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>Sends one e-mail and says what happened; retrying is the caller's policy.</summary>
public interface IEmailSender
{
    Task<EmailOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
