using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.Slack.Delivery;
using ChatOps.Sandbox.Slack.SocketMode;
using ChatOps.Sandbox.Slack.Users;
using ChatOps.Sandbox.Slack.WebApi;
using ChatOps.Sandbox.Slack.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Slack;

/// <summary>
/// A wire-level Slack on loopback: the Web API under <see cref="ApiBaseUrl"/>, Socket Mode links, response URLs,
/// signed HTTP delivery to a bot, and simulated users. Point the bot's <c>Slack:ApiBaseUrl</c> here and give it
/// <see cref="SlackSimulatorOptions.BotToken"/>, <see cref="SlackSimulatorOptions.AppToken"/> and
/// <see cref="SlackSimulatorOptions.SigningSecret"/>.
/// </summary>
public sealed class SlackSimulator : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly SimulatorCore _core;
    private readonly BotDelivery _delivery;

    private SlackSimulator(LoopbackServer server, SimulatorCore core, SocketModeHub hub, HttpBotDelivery http)
    {
        _server = server;
        _core = core;
        SocketMode = hub;
        Http = http;
        _delivery = new BotDelivery(core, hub, http);
    }

    public SlackSimulatorOptions Options => _core.Options;

    public Uri BaseUri => _server.BaseUri;

    public Uri ApiBaseUrl => new(_server.BaseUri, "api/");

    public SlackWorkspace Workspace => _core.Workspace;

    public SlackViews Views => _core.Views;

    public SlackActivityFeed Activity => _core.Activity;

    public SlackFaults Faults => _core.Faults;

    public SocketModeHub SocketMode { get; }

    public HttpBotDelivery Http { get; }

    /// <summary>How user actions reach the bot; can change while running.</summary>
    public SlackDeliveryMode Delivery
    {
        get => _delivery.Mode;
        set => _delivery.Mode = value;
    }

    public static async Task<SlackSimulator> StartAsync(SlackSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var core = new SimulatorCore(options ?? new SlackSimulatorOptions());
        var hub = new SocketModeHub(core);
        var api = new WebApiEndpoint(core, hub);
        var responses = new ResponseUrlEndpoint(core);
        var server = await LoopbackServer.StartAsync(
            app =>
            {
                app.UseWebSockets();
                app.MapMethods("/api/{method}", ["GET", "POST"], (HttpContext http, string method) => api.HandleAsync(http, method));
                app.MapPost("/response/{id}", (HttpContext http, string id) => responses.HandleAsync(http, id));
                app.Map("/link", hub.AcceptAsync);
            },
            port: core.Options.Port,
            cancellationToken: cancellationToken);
        core.BaseUri = server.BaseUri;
        return new SlackSimulator(server, core, hub, new HttpBotDelivery(core) { BotUrl = core.Options.BotUrl });
    }

    /// <summary>
    /// The bot settings (configuration keys of the design) that point a bot at this simulator: tokens, signing
    /// secret, API base URL and the three channels.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotConfiguration() => new Dictionary<string, string?>
    {
        ["Slack:BotToken"] = Options.BotToken,
        ["Slack:AppToken"] = Options.AppToken,
        ["Slack:SigningSecret"] = Options.SigningSecret,
        ["Slack:ApiBaseUrl"] = ApiBaseUrl.ToString(),
        ["Slack:ChannelId"] = Options.Channels.ElementAtOrDefault(0)?.Id,
        ["Slack:OpsChannelId"] = Options.Channels.ElementAtOrDefault(1)?.Id,
        ["Slack:AuditChannelId"] = Options.Channels.ElementAtOrDefault(2)?.Id,
    };

    /// <summary>Acts as a workspace member, e.g. <c>simulator.As("U0ALICE001").RunCommandAsync("/provision status 12")</c>.</summary>
    public SimulatedUser As(string userId) =>
        new(_core, _delivery, _core.Workspace.User(userId) ?? throw new ArgumentException($"No user {userId} in the simulated workspace.", nameof(userId)));

    /// <summary>Sends an already delivered event again, as Slack does when it did not see the ack.</summary>
    public Task<DeliveryResult> RedeliverEventAsync(string eventId, int retryNum = 1, string reason = "http_timeout", CancellationToken cancellationToken = default) =>
        _delivery.RedeliverEventAsync(eventId, retryNum, reason, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        SocketMode.Dispose();
        Http.Dispose();
        await _server.DisposeAsync();
    }
}
