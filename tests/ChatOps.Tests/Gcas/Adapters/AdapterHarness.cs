using ChatOps.Bot.Gcas;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Polling;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Engine;
using ChatOps.Sandbox.Gcas;
using ChatOps.Sandbox.Hosting;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Gcas.Adapters;

/// <summary>
/// The bot as production wires it for GCAS (AddProvisioning + AddGcasAdapters + MapGcasPush) on a loopback
/// Kestrel server, with the OCI ports simulated in process and GCAS, Google, the identity domain and SMTP as
/// wire-level simulators. Everything runs on one FakeTimeProvider that jumps ahead when nothing is due now.
/// </summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    public const string PushAudience = "https://chatops.test.invalid/gcas/applications";

    private readonly TempDirectory _directory = new();
    private readonly IConfiguration _configuration;

    private AdapterHarness(FakeTimeProvider time, GcasSandboxEnvironment sandbox, IDictionary<string, string?>? overrides)
    {
        Time = time;
        Sandbox = sandbox;
        Traffic = new GcasTraffic(sandbox.Gcas.BaseUri);
        Cloud = new SimulatedCloud(time, Options.Create(new SimulationOptions
        {
            Latency = TimeSpan.Zero,
            TenancyDuration = TimeSpan.FromMinutes(1),
            RegionDuration = TimeSpan.FromMinutes(2),
        }));
        var settings = new Dictionary<string, string?>(sandbox.Configuration, StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Path"] = _directory.File("chatops.db"),
            ["Engine:MaxConcurrency"] = "4",
            ["Authorization:Approvers:0"] = ProvisioningHarness.Approver.Id,
            ["Authorization:Operators:0"] = ProvisioningHarness.Operator.Id,
            ["Gcas:PollInterval"] = "00:05:00",
            ["Gcas:PageSize"] = "2",
            ["Gcas:Push:Enabled"] = "true",
            ["Gcas:Push:Audience"] = PushAudience,
            ["Workflow:Steps:ReportingToGcas:PollInterval"] = "00:10:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    public FakeTimeProvider Time { get; }

    public GcasSandboxEnvironment Sandbox { get; }

    public GcasSimulator Gcas => Sandbox.Gcas;

    public GcasTraffic Traffic { get; }

    public SimulatedCloud Cloud { get; }

    public LoopbackServer Bot { get; private set; } = null!;

    public Uri PushUri => new(Bot.BaseUri, "gcas/applications");

    public RequestStore Requests => Get<RequestStore>();

    public GcasApplicationPoller Poller => Get<GcasApplicationPoller>();

    public static async Task<AdapterHarness> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var sandbox = await GcasSandboxEnvironment.StartAsync(time, seedSamples: false);
        var harness = new AdapterHarness(time, sandbox, overrides);
        harness.Bot = await harness.StartBotAsync();
        await harness.WaitForFirstPollAsync();
        return harness;
    }

    public T Get<T>() where T : notnull => Bot.Services.GetRequiredService<T>();

    public ProvisioningRequest Request(string id) => Requests.Get(id)!;

    public ProvisioningRequest ByApplication(string applicationId) => Requests.FindByGcasId(applicationId)
        ?? throw new InvalidOperationException($"No request for {applicationId}; requests: {string.Join(", ", Requests.All().Select(r => r.GcasApplicationId))}");

    public Task<CommandResult> CommandAsync(string requestId, RequestAction action, Actor actor, string? text = null) =>
        Get<RequestCommandService>().ExecuteAsync(new RequestCommand(requestId, action, actor, text), CancellationToken.None);

    public string PushToken(string? account = null) => Sandbox.Google.MintIdToken(PushAudience, account ?? GcasSandboxEnvironment.PushServiceAccount);

    public IReadOnlyList<AuditEntry> Audit(string action)
    {
        var entries = new List<AuditEntry>();
        Get<AuditTrail>().ForEach(e =>
        {
            if (e.Action == action)
            {
                entries.Add(e);
            }
        });
        return entries;
    }

    /// <summary>Runs the system, moving the fake clock to the next due moment whenever nothing is due now, until <paramref name="condition"/> holds.</summary>
    public async Task DriveUntilAsync(Func<bool> condition, TimeSpan? timeout = null, DateTimeOffset? notAfter = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var idleRounds = 0;
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"The condition did not hold in time (clock {Time.GetUtcNow():O}); {Describe()}");
            }

            await Task.Delay(5);
            var now = Time.GetUtcNow();
            var next = new[] { Requests.NextDueAt(), Get<OutboxStore>().NextDueAt(), Poller.Status.NextPollAt }.Where(d => d is not null).Min();
            var idle = Get<WorkflowEngine>().InFlight == 0 && (next is null || next > now);
            idleRounds = idle ? idleRounds + 1 : 0;
            if (idleRounds >= 3 && next is { } due && (notAfter is null || due <= notAfter))
            {
                Time.SetUtcNow(due);
                idleRounds = 0;
            }
        }
    }

    /// <summary>Where everything stands, for the message of a test that waited in vain.</summary>
    public string Describe()
    {
        var pending = Requests.All().SelectMany(r => Get<OutboxStore>().ForRequest(r.Id)).Where(m => m.Status != OutboxStatus.Delivered)
            .Select(m => $"{m.Id}:{m.Kind}:{m.Status}:due {m.DueAt:HH:mm:ss}:tries {m.Attempts}:{m.LastError}");
        return $"requests: {string.Join(", ", Requests.All().Select(r => $"{r.Id}/{r.GcasApplicationId}={r.State} due {r.DueAt:HH:mm:ss}"))}; "
            + $"engine in flight: {Get<WorkflowEngine>().InFlight}; undelivered: [{string.Join("; ", pending)}]; poller: {Poller.Status}; "
            + $"gcas: [{string.Join("; ", Traffic.Exchanges.Select(e => $"{e.Method} {e.Uri.PathAndQuery} {e.Status}"))}]";
    }

    public async Task<ProvisioningRequest> DriveToAsync(string requestId, RequestState state)
    {
        await DriveUntilAsync(() => Request(requestId).State == state);
        return Request(requestId);
    }

    /// <summary>Stops the bot (the store file, simulators and clock stay) and starts it again, as after a crash or a deploy.</summary>
    public async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        Bot = await StartBotAsync();
        await WaitForFirstPollAsync();
    }

    /// <summary>Waits, without moving the clock, until something holds (for signals that need no time to pass).</summary>
    public Task WaitUntilAsync(Func<bool> condition) => DriveUntilAsync(condition, notAfter: Time.GetUtcNow());

    /// <summary>The poller polls once at start; tests begin after it so their own polls are the only ones.</summary>
    private Task WaitForFirstPollAsync() => WaitUntilAsync(() => Poller.Status.NextPollAt is not null);

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sandbox.DisposeAsync();
        _directory.Dispose();
    }

    private Task<LoopbackServer> StartBotAsync() => LoopbackServer.StartAsync(app => app.MapGcasPush(), services =>
    {
        services.AddSingleton<TimeProvider>(Time);
        services.AddProvisioning(_configuration);
        services.AddSimulatedOci(Cloud);
        services.AddGcasAdapters(_configuration);
        services.AddSingleton<IOutboxHandler, LogRequestEventHandler>();
        services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new GcasTrafficHandler(Traffic)));
    });
}
