using ChatOps.Bot.Hosting;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bench.Support;

/// <summary>The real serve host in this process, pointed at a sandbox world, on free ports, with its own data file.</summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly BotApplication _bot;

    private InProcessBot(BotApplication bot) => _bot = bot;

    public WebApplication App => _bot.App;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<InProcessBot> StartAsync(SandboxWorld world, string dataFile, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>(world.BotConfiguration)
        {
            ["Storage:Path"] = dataFile,
            ["Http:Port"] = "0",
            ["Admin:Port"] = "0",
            ["Logging:Format"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var bot = await ServeHost.BuildAsync(overrides, cancellationToken);
        try
        {
            await bot.App.StartAsync(cancellationToken);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return new InProcessBot(bot);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await _bot.DisposeAsync();
    }
}
