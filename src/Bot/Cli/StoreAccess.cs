using ChatOps.Bot.Hosting;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Cli;

/// <summary>Opens the configured data file for the tool commands.</summary>
internal static class StoreAccess
{
    public static StoreOptions Options()
    {
        var configuration = BotConfiguration.Build();
        return configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
    }

    /// <summary>Opens the store read-only; null (with a message on <paramref name="error"/>) when there is no data file.</summary>
    public static LiteStore? OpenReadOnly(TextWriter error)
    {
        var options = Options();
        if (!File.Exists(options.Path))
        {
            error.WriteLine($"No data file at {Path.GetFullPath(options.Path)} (set Storage__Path).");
            return null;
        }

        return new LiteStore(Microsoft.Extensions.Options.Options.Create(options with { ReadOnly = true }), TimeProvider.System);
    }
}
