using Microsoft.Extensions.Options;
using MimeKit;

namespace ChatOps.Provisioning.Notifications.Email;

/// <summary>Start-up checks of <c>Email:*</c>, each message naming its key.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            errors.Add("Email:Host is required: the SMTP server host name.");
        }

        if (options.Port is < 1 or > 65535)
        {
            errors.Add("Email:Port must be a TCP port (1–65535), e.g. 587 for StartTls or 465 for SslOnConnect.");
        }

        if (!Enum.IsDefined(options.StartTls))
        {
            errors.Add("Email:StartTls must be one of None, StartTls, StartTlsWhenAvailable, SslOnConnect.");
        }

        if (!MailboxAddress.TryParse(options.From, out var from) || string.IsNullOrEmpty(from.Address) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("Email:From must be the sender e-mail address, e.g. noreply@provisioning.example.go.jp.");
        }

        if (!string.IsNullOrEmpty(options.UserName) && string.IsNullOrEmpty(options.Password))
        {
            errors.Add("Email:Password is required when Email:UserName is set; set it from a secret as the environment variable Email__Password.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add("Email:Timeout must be a positive time span, e.g. 00:00:30.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
