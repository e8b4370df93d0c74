using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Sandbox.Hosting;

/// <summary>
/// A real Kestrel server on 127.0.0.1, for simulators and test peers. Port 0 picks a free port, so tests
/// can run side by side; <see cref="BaseUri"/> tells where it listens.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<LoopbackServer> StartAsync(
        Action<WebApplication> map,
        Action<IServiceCollection>? services = null,
        int port = 0,
        X509Certificate2? certificate = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(System.Net.IPAddress.Loopback, port, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            });
            // Simulators receive bodies of any size so that oversized-body tests reach our own limits.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new LoopbackServer(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
