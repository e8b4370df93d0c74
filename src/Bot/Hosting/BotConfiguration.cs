using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// Where configuration comes from, the same for every command: appsettings.json beside the executable and in the
/// working directory, then environment variables (<c>Storage__Path</c>), so secrets never need a file.
/// </summary>
internal static class BotConfiguration
{
    public static void AddSources(IConfigurationBuilder builder)
    {
        builder.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables();
    }

    public static IConfigurationRoot Build(IDictionary<string, string?>? overrides = null)
    {
        var builder = new ConfigurationBuilder();
        AddSources(builder);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        return builder.Build();
    }
}
