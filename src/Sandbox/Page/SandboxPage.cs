using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// The local browser page of the sandbox: a Slack-like channel view over the simulated workspace, plus panels for
/// GCAS, OCI and mail. Serves on loopback only; <c>/api/…</c> is its JSON and event-stream API.
/// </summary>
public sealed class SandboxPage : IAsyncDisposable
{
    public const int DefaultPort = 5080;

    private readonly CancellationTokenSource _stopping;
    private readonly LoopbackServer _server;
    private readonly SandboxWorld _world;

    private SandboxPage(SandboxWorld world, LoopbackServer server, CancellationTokenSource stopping)
    {
        _world = world;
        _server = server;
        _stopping = stopping;
    }

    /// <summary>Where a browser on this machine opens the page.</summary>
    public Uri Url => new($"http://localhost:{_server.BaseUri.Port}/");

    /// <summary>The same page by IP address (what tests use, so no name lookup is involved).</summary>
    public Uri LoopbackUrl => _server.BaseUri;

    /// <param name="port">The port (default 5080); 0 picks a free one.</param>
    public static async Task<SandboxPage> StartAsync(SandboxWorld world, int port = DefaultPort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(world);
        var stopping = new CancellationTokenSource();
        try
        {
            var server = await LoopbackServer.StartAsync(app => Map(app, world, stopping.Token), port: port, cancellationToken: cancellationToken);
            return new SandboxPage(world, server, stopping);
        }
        catch
        {
            stopping.Dispose();
            throw;
        }
    }

    /// <summary>What to print when the sandbox starts: where to go, that nothing here is real, and who you are.</summary>
    public IReadOnlyList<string> ConsoleLines() => SandboxConsole.Lines(_world, Url);

    public async ValueTask DisposeAsync()
    {
        // End the open event streams first, so stopping the server does not wait for them.
        await _stopping.CancelAsync();
        await _server.DisposeAsync();
        _stopping.Dispose();
    }

    private static void Map(WebApplication app, SandboxWorld world, CancellationToken stopping)
    {
        var assets = new PageAssets();
        var samples = new SampleCatalog(world.Gcas);
        var reads = new PageSlackReads(world);
        var actions = new PageActions(world);
        var gcas = new PageGcasPanel(world, samples);
        var oci = new PageOciPanel(world, new OciFaultBoard(world.Oci, world.Time));
        var mail = new PageMailPanel(world);
        var events = new PageEventStream(world, gcas, oci, mail, stopping);

        app.Use(LocalOriginGuard.InvokeAsync);
        app.MapGet("/", (HttpContext http) => assets.ServeAsync(http, "index.html"));
        app.MapGet("/assets/{name}", (HttpContext http, string name) => assets.ServeAsync(http, name));
        app.MapGet("/api/world", (HttpContext http) => reads.WorldAsync(http, samples));
        app.MapGet("/api/events", events.HandleAsync);
        app.MapGet("/api/channels/{channel}/messages", (HttpContext http, string channel) => reads.ChannelAsync(http, channel));
        app.MapGet("/api/channels/{channel}/threads/{ts}", (HttpContext http, string channel, string ts) => reads.ThreadAsync(http, channel, ts));
        app.MapGet("/api/users/{user}/views", (HttpContext http, string user) => reads.ViewsAsync(http, user));
        app.MapPost("/api/act/command", actions.CommandAsync);
        app.MapPost("/api/act/click", actions.ClickAsync);
        app.MapPost("/api/act/click-view", actions.ClickInViewAsync);
        app.MapPost("/api/act/submit", actions.SubmitAsync);
        app.MapPost("/api/act/close", actions.CloseAsync);
        app.MapPost("/api/act/home", actions.OpenHomeAsync);
        app.MapGet("/api/gcas", gcas.ListAsync);
        app.MapPost("/api/gcas/applications", gcas.SubmitAsync);
        app.MapGet("/api/oci", oci.ListAsync);
        app.MapPost("/api/oci/faults", oci.ArmAsync);
        app.MapPost("/api/oci/faults/clear", oci.ClearAsync);
        app.MapPost("/api/oci/policies", oci.ApplyPoliciesAsync);
        app.MapGet("/api/mail", mail.ListAsync);
    }
}
