using ChatOps.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Support;

/// <summary>The real serve host in-process, on free ports, with a temporary data file.</summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();

    private readonly BotApplication _bot;

    private BotHost(BotApplication bot, Uri http, Uri admin)
    {
        _bot = bot;
        App = bot.App;
        Http = new HttpClient { BaseAddress = http };
        Admin = new HttpClient { BaseAddress = admin };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public HttpClient Admin { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>The sandbox this host runs against (always, as these hosts have no Slack token).</summary>
    public SandboxMode Sandbox => _bot.Sandbox!;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = new TempDirectory();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:Path"] = directory.File("chatops.db"),
            ["Http:Port"] = "0",
            ["Admin:Port"] = "0",
            ["Sandbox:Port"] = "0",
            ["Logging:Format"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var bot = await ServeHost.BuildAsync(overrides, CancellationToken.None);
        var app = bot.App;
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/"))
            .ToList();
        return new BotHost(bot, addresses[0], addresses[^1]);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        await App.StopAsync();
        await _bot.DisposeAsync();
        _directory.Dispose();
    }
}
