using System.Text.Json.Nodes;
using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.Slack;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Tests.Slack.Support;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Chat.Support;

/// <summary>
/// The real bot on loopback: the provisioning core (store file, engine, outbox, audit) on the simulated cloud,
/// plus <c>AddChatOps</c>, talking to a Slack simulator over real sockets. Real time with short simulated
/// durations, so a whole application runs through in well under a second.
/// </summary>
internal sealed class ChatOpsHost : IAsyncDisposable
{
    public const string Requests = "C0REQUEST1";
    public const string Ops = "C0OPSALRT1";
    public const string AuditChannel = "C0AUDITLG1";

    /// <summary>Approver through the user group S0APPROVE1.</summary>
    public const string Alice = "U0ALICE001";

    /// <summary>Operator through the user group S0OPERATE1.</summary>
    public const string Bob = "U0BOB00001";

    /// <summary>Approver through the user group S0APPROVE1.</summary>
    public const string Carol = "U0CAROL001";

    private readonly LoopbackServer _server;
    private readonly TempDirectory _directory;
    private bool _stopped;

    private ChatOpsHost(LoopbackServer server, TempDirectory directory, SlackSimulator slack)
    {
        _server = server;
        _directory = directory;
        Slack = slack;
    }

    /// <summary>
    /// No channel pacing, and an ack budget far above any pause a loaded machine causes, so answers always ride
    /// in the ack where the test expects them.
    /// </summary>
    public static SlackTuning Tuning { get; } = SlackBotHost.FastTuning with { ChannelPostInterval = TimeSpan.Zero, AckBudget = TimeSpan.FromSeconds(20) };

    /// <summary>
    /// A simulator whose trigger ids and acks wait longer than Slack's 3 s: on a loaded test machine a handler
    /// may be scheduled late, and these tests are about what the bot does, not about its speed.
    /// </summary>
    public static Task<SlackSimulator> SimulatorAsync(bool http = false) => SlackSimulator.StartAsync(new SlackSimulatorOptions
    {
        Delivery = http ? SlackDeliveryMode.Http : SlackDeliveryMode.SocketMode,
        TriggerLifetime = TimeSpan.FromSeconds(30),
        AckTimeout = TimeSpan.FromSeconds(30),
    });

    public SlackSimulator Slack { get; }

    public IServiceProvider Services => _server.Services;

    public RequestStore Store => Get<RequestStore>();

    public SimulatedCloud Cloud => Get<SimulatedCloud>();

    public AuditTrail Audit => Get<AuditTrail>();

    public static async Task<ChatOpsHost> StartAsync(
        SlackSimulator slack,
        SlackMode mode = SlackMode.SocketMode,
        IDictionary<string, string?>? settings = null,
        SlackTuning? slackTuning = null,
        ChatTuning? tuning = null,
        Action<IServiceCollection>? extra = null)
    {
        var directory = new TempDirectory();
        var values = ChatOpsSettings.For(slack, mode, directory.File("chatops.db"), settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var server = await LoopbackServer.StartAsync(
            app => app.MapSlack(),
            services =>
            {
                services.AddProvisioning(configuration);
                services.AddSimulatedCloud(configuration);
                services.AddChatOps(configuration, slackTuning ?? Tuning, tuning ?? new ChatTuning { OperatorFixRetryDelay = TimeSpan.FromMilliseconds(200) });
                extra?.Invoke(services);
            });
        var host = new ChatOpsHost(server, directory, slack);
        if (mode == SlackMode.Http)
        {
            slack.Http.BotUrl = server.BaseUri;
        }
        else
        {
            await host.Get<SocketModeState>().WaitUntilAsync(s => s.Connected > 0, Deadline.Token());
        }

        // Every start raises a "restarted" alert; once it is out, no test races it for a fault meant for something else.
        await slack.Activity.WaitForAsync(a => a.Kind == SlackActivityKind.MessagePosted && a.Text!.Contains("ChatOps", StringComparison.Ordinal), Deadline.Token());
        return host;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public ProvisioningRequest Request(string id) => Store.Get(id)!;

    public async Task<ProvisioningRequest> SubmitAsync(JsonObject? application = null)
    {
        var payload = application ?? TestApplications.Valid();
        var result = await Get<ApplicationIntake>().ReceiveAsync(payload["applicationId"]?.GetValue<string>(), payload.ToJsonString(), Actor.Gcas, CancellationToken.None);
        return ((IntakeResult.Created)result).Request;
    }

    /// <summary>The store has no change feed; a short poll with a deadline stands in for one.</summary>
    public async Task<ProvisioningRequest> WaitForAsync(string id, Func<ProvisioningRequest, bool> condition, int seconds = 30)
    {
        var token = Deadline.Token(seconds);
        while (Store.Get(id) is not { } request || !condition(request))
        {
            await Task.Delay(10, token);
        }

        return Store.Get(id)!;
    }

    public Task<ProvisioningRequest> WaitForStateAsync(string id, RequestState state) => WaitForAsync(id, r => r.State == state);

    /// <summary>Submits an application and waits until it waits for approval with its card posted; returns the request and the card's ts.</summary>
    public async Task<(ProvisioningRequest Request, string Ts)> AwaitingApprovalAsync(JsonObject? application = null)
    {
        var request = await SubmitAsync(application);
        var ts = await CardAsync(request.Id);
        await CardShowsAsync(ts, "Awaiting approval");
        return (Request(request.Id), ts);
    }

    /// <summary>The ts of the request's card (its thread), once posted and recorded by the bot.</summary>
    public async Task<string> CardAsync(string requestId)
    {
        var ts = (await Slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted, Channel: Requests, ThreadTs: null }
            && a.Text!.StartsWith(requestId + " ", StringComparison.Ordinal), Deadline.Token())).Ts!;
        await WaitForAsync(requestId, _ => Get<ThreadMap>().Get(requestId) is not null);
        return ts;
    }

    /// <summary>Waits until the card of the thread shows <paramref name="state"/> (in its fallback text).</summary>
    public Task<SlackActivity> CardShowsAsync(string ts, string state) =>
        Slack.Activity.WaitForAsync(a => a.Ts == ts && a.Kind is SlackActivityKind.MessagePosted or SlackActivityKind.MessageUpdated
            && a.Text!.EndsWith(": " + state, StringComparison.Ordinal), Deadline.Token());

    public Task<SlackActivity> LineAsync(string ts, string contains) =>
        Slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.MessagePosted } && a.ThreadTs == ts && a.Text!.Contains(contains, StringComparison.Ordinal), Deadline.Token());

    public IReadOnlyList<string> Lines(string ts) => [.. Slack.Workspace.Replies(Requests, ts).Select(m => m.Text)];

    public Task<SlackActivity> EphemeralAsync(string user, string contains) =>
        Slack.Activity.WaitForAsync(a => a is { Kind: SlackActivityKind.EphemeralPosted } && a.UserId == user && a.Text!.Contains(contains, StringComparison.Ordinal), Deadline.Token());

    /// <summary>Stops the host (as a shutdown would); disposing afterwards only cleans up.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _server.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _directory.Dispose();
    }
}
