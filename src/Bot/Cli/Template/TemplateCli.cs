using ChatOps.Bot.Hosting;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Template;
using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Cli.Template;

/// <summary>What plan and verify share: the bot's configuration and OCI auth, and the template to use.</summary>
internal static class TemplateCli
{
    /// <summary>The OCI layer and template services as the bot configures them; null (with the reasons written) when the configuration is invalid.</summary>
    public static ServiceProvider? Services(IConfiguration configuration, TextWriter error)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOci(configuration);
        services.AddTemplate(configuration);
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
            return provider;
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                error.WriteLine(failure);
            }

            provider.Dispose();
            return null;
        }
    }

    /// <summary>The template in <paramref name="file"/>, else the configured one (relative to the bot's directory); null with its problems written when broken.</summary>
    public static async Task<TemplateDefinition?> LoadAsync(string? file, IConfiguration configuration, TextWriter error, CancellationToken cancellationToken)
    {
        var path = file ?? Path.GetFullPath(configuration[$"{TemplateOptions.Section}:Path"] ?? TemplateOptions.DefaultPath, AppContext.BaseDirectory);
        var result = await TemplateLoader.LoadFileAsync(path, cancellationToken);
        foreach (var line in result.Format(path))
        {
            await error.WriteLineAsync(line);
        }

        return result.Template;
    }

    public static IConfigurationRoot Configuration() => BotConfiguration.Build();
}
