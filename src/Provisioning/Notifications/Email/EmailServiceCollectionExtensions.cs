using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Notifications.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IEmailSender"/> (MailKit SMTP, <c>Email:*</c> validated at start) and <see cref="RequesterEmailComposer"/>.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>());
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).ValidateOnStart();
        services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        services.TryAddSingleton<RequesterEmailComposer>();
        return services;
    }
}
