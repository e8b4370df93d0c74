using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Payloads;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Slack.Support;

/// <summary>The real bot host (AddSlack + MapSlack + the test handlers) on loopback, configured against a simulator.</summary>
internal sealed class SlackBotHost : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private SlackBotHost(LoopbackServer server) => _server = server;

    /// <summary>Short reconnect delays and stagger so Socket Mode tests run fast; everything else at its default.</summary>
    public static SlackTuning FastTuning { get; } = new()
    {
        SocketStagger = TimeSpan.FromMilliseconds(100),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        TooManyWebsocketsDelay = TimeSpan.FromMilliseconds(200),
        SocketCloseTimeout = TimeSpan.FromSeconds(5),
    };

    public Uri BaseUri => _server.BaseUri;

    public IServiceProvider Services => _server.Services;

    public InMemoryInbox Inbox => Services.GetRequiredService<InMemoryInbox>();

    public RecordingAuditTrail Audit => Services.GetRequiredService<RecordingAuditTrail>();

    public HandlerCalls Calls => Services.GetRequiredService<HandlerCalls>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static async Task<SlackBotHost> StartAsync(
        SlackSimulator simulator,
        SlackMode mode,
        SlackTuning? tuning = null,
        TimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(simulator.BotConfiguration())
        {
            ["Slack:Mode"] = mode.ToString(),
            ["Slack:Language"] = "en",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var server = await LoopbackServer.StartAsync(
            app => app.MapSlack(),
            services =>
            {
                if (time is not null)
                {
                    services.AddSingleton(time);
                }

                services.AddSingleton<InMemoryInbox>();
                services.AddSingleton<IInbox>(sp => sp.GetRequiredService<InMemoryInbox>());
                services.AddSingleton<RecordingAuditTrail>();
                services.AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<RecordingAuditTrail>());
                services.AddSingleton<HandlerCalls>();
                services.AddScoped<ScopeProbe>();
                services.AddSlack(configuration, tuning ?? FastTuning);
                services.AddSlackCommand<StatusCommand>(StatusCommand.Verb);
                services.AddSlackCommand<HelpCommand>(HelpCommand.Verb);
                services.AddSlackCommand<ExplodingCommand>(ExplodingCommand.Verb);
                services.AddSlackCommand<SlowCommand>(SlowCommand.Verb);
                services.AddSlackAction<ApproveButton>(ApproveButton.ActionId);
                services.AddSlackAction<ExplodingButton>(ExplodingButton.ActionId);
                services.AddSlackAction<OpenRejectButton>(OpenRejectButton.ActionId);
                services.AddSlackView<RejectModal>(RejectModal.CallbackId);
                services.AddSlackEvent<HomeOpenedHandler>(AppHomeOpened.EventType);
            });
        if (mode == SlackMode.Http)
        {
            simulator.Http.BotUrl = server.BaseUri;
        }

        return new SlackBotHost(server);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
