using ChatOps.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Support;

/// <summary>The real serve host in-process, on free ports, with a temporary data file.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();

    private BotHost(WebApplication app, Uri http, Uri admin)
    {
        App = app;
        Http = new HttpClient { BaseAddress = http };
        Admin = new HttpClient { BaseAddress = admin };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public HttpClient Admin { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var directory = new TempDirectory();
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:Path"] = directory.File("chatops.db"),
            ["Http:Port"] = "0",
            ["Admin:Port"] = "0",
            ["Logging:Format"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = ServeHost.Build(overrides);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/"))
            .ToList();
        return new BotHost(app, addresses[0], addresses[^1]);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Admin.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _directory.Dispose();
    }
}
