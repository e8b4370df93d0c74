using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Http;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Engine;
using ChatOps.Provisioning.Workflow.Ports;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Oci.Support;

/// <summary>
/// The real provisioning host (store, engine, outbox, audit) with the OCI adapters from <c>AddOciAdapters</c>,
/// talking over loopback HTTP to the OCI simulator; GCAS and mail are the in-process stand-ins and the template
/// step is a recording double. Host and simulator share one fake clock: when the engine is idle, time jumps to
/// the next due step; when a step waits on a timer (an OCI retry backoff), time moves to that timer.
/// </summary>
internal sealed class OciWorkflowHarness : IAsyncDisposable
{
    // Longer than any OCI retry backoff or retry-after the tests use, shorter than any timeout.
    private static readonly TimeSpan ShortTimer = TimeSpan.FromSeconds(10);
    private readonly Dictionary<string, string?> _settings;
    private readonly TempDirectory _directory;
    private readonly List<IDisposable> _owned;

    private OciWorkflowHarness(Dictionary<string, string?> settings, OciSimulator simulator, WorkflowClock clock, TempDirectory directory, List<IDisposable> owned)
    {
        _settings = settings;
        Simulator = simulator;
        Clock = clock;
        _directory = directory;
        _owned = owned;
        Cloud = new SimulatedCloud(clock, Options.Create(new SimulationOptions { Latency = TimeSpan.Zero }));
        Host = Build();
    }

    public IHost Host { get; private set; }

    public OciSimulator Simulator { get; }

    public WorkflowClock Clock { get; }

    /// <summary>Holds what the in-process GCAS and mailbox received.</summary>
    public SimulatedCloud Cloud { get; }

    public RecordingTemplateApplier Template { get; } = new();

    /// <summary>OCI requests of the bot on the wire right now.</summary>
    public InFlightCounter Network { get; } = new();

    public RequestStore Requests => Get<RequestStore>();

    /// <summary>
    /// Starts the simulator, then the host. The bot signs with an API key of a parent-tenancy user, or with OKE
    /// workload identity through the simulator's proxymux when <paramref name="workloadIdentity"/> is set.
    /// </summary>
    public static async Task<OciWorkflowHarness> StartAsync(
        Func<OciSimulatorOptions, OciSimulatorOptions>? simulator = null,
        Func<OciSimulator, IReadOnlyDictionary<string, string?>>? settings = null,
        bool workloadIdentity = false)
    {
        var clock = new WorkflowClock();
        var options = new OciSimulatorOptions { Time = clock, ChildTenancyCreationTime = TimeSpan.FromMinutes(4), RegionSubscriptionTime = TimeSpan.FromMinutes(2) };
        var sim = await OciSimulator.StartAsync(simulator?.Invoke(options) ?? options);
        var directory = new TempDirectory();
        var owned = new List<IDisposable>();
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Path"] = directory.File("chatops.db"),
            ["Engine:MaxConcurrency"] = "4",
            ["Authorization:Approvers:0"] = ProvisioningHarness.Approver.Id,
            ["Authorization:Operators:0"] = ProvisioningHarness.Operator.Id,
            ["Oci:Region"] = OciTestHost.Tokyo,
            ["Oci:ParentTenancyId"] = sim.ParentTenancyId,
            ["Oci:Retry:MaxAttempts"] = "4",
            ["Oci:Retry:BaseDelay"] = "00:00:01",
            ["Oci:Retry:MaxDelay"] = "00:00:08",
            ["Oci:Timeout"] = Timeout.InfiniteTimeSpan.ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var service in new[] { "Organizations", "Identity", "Audit", "CloudGuard" })
        {
            values[$"Oci:Endpoints:{service}"] = sim.BaseUri.GetLeftPart(UriPartial.Authority);
            values[$"Oci:RateLimits:{service}"] = "1000";
        }

        var auth = workloadIdentity ? await BotCredentials.WorkloadIdentityAsync(sim, directory, owned) : await BotCredentials.ApiKeyAsync(sim, directory);
        foreach (var (key, value) in auth.Concat(settings?.Invoke(sim) ?? new Dictionary<string, string?>()))
        {
            values[key] = value;
        }

        var harness = new OciWorkflowHarness(values, sim, clock, directory, owned);
        await harness.Host.StartAsync();
        return harness;
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<ProvisioningRequest> SubmitAsync(JsonObject application)
    {
        var result = await Get<ApplicationIntake>().ReceiveAsync(application["applicationId"]?.GetValue<string>(), application.ToJsonString(), Actor.Gcas, CancellationToken.None);
        return result is IntakeResult.Created created ? created.Request : ((IntakeResult.Duplicate)result).Existing;
    }

    public Task<CommandResult> CommandAsync(string requestId, RequestAction action, Actor actor, string? text = null) =>
        Get<RequestCommandService>().ExecuteAsync(new RequestCommand(requestId, action, actor, text), CancellationToken.None);

    public ProvisioningRequest Request(string id) => Requests.Get(id)!;

    public IReadOnlyList<AuditEntry> Audit(string requestId, string action) =>
        [.. Get<AuditTrail>().ForRequest(requestId).Where(e => e.Action == action)];

    /// <summary>What the operator does: applies the statements of <see cref="ICredentialVerifier.Instructions"/> on each side, as each side's administrator.</summary>
    public CredentialInstructions ApplyCredentialInstructions(string requestId)
    {
        var instructions = Get<ICredentialVerifier>().Instructions(Request(requestId));
        foreach (var tenancy in instructions.Tenancies)
        {
            Simulator.ApplyPolicyAsAdministrator(tenancy.TenancyId, tenancy.ChildPolicyName, tenancy.ChildStatements);
            Simulator.ApplyParentPolicyAsAdministrator(tenancy.ParentPolicyName, tenancy.ParentStatements);
        }

        return instructions;
    }

    /// <summary>Runs the system until <paramref name="condition"/> holds, moving the fake clock whenever nothing else would happen.</summary>
    public async Task DriveUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(120);
        var idleRounds = 0;
        var busyRounds = 0;
        var overdueRounds = 0;
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"The condition did not hold in time (steps running: {Get<WorkflowEngine>().InFlight}, OCI requests on the wire: {Network.InFlight}); requests: "
                    + string.Join(", ", Requests.All().Select(r => $"{r.Id}={r.State} due {r.DueAt:O} at {Clock.GetUtcNow():O} ({r.LastError}) note: {r.ProgressValue("note.last")}")));
            }

            await Task.Delay(5);
            var now = Clock.GetUtcNow();
            var next = new[] { Requests.NextDueAt(), Get<OutboxStore>().NextDueAt() }.Where(d => d is not null).Min();
            var idle = Get<WorkflowEngine>().InFlight == 0;
            idleRounds = idle && (next is null || next > now) ? idleRounds + 1 : 0;
            busyRounds = idle ? 0 : busyRounds + 1;
            overdueRounds = idle && next <= now ? overdueRounds + 1 : 0;
            if (idleRounds >= 3 && next is { } due)
            {
                Clock.SetUtcNow(due);
                idleRounds = 0;
            }
            else if (overdueRounds >= 40 && Clock.NextTimer(TimeSpan.MaxValue) is { } wake)
            {
                // Something is due but nothing runs: a loop missed its wake-up (e.g. the engine woke while a command
                // still held the request's lock) and sleeps until its idle timer, which real time would reach.
                Clock.SetUtcNow(wake);
                overdueRounds = 0;
            }
            else if (busyRounds >= 10 && Network.InFlight == 0 && Clock.NextTimer(ShortTimer) is { } timer)
            {
                // A step has been waiting a while with nothing on the wire: on a backoff or rate-limit timer of the
                // OCI client. Timeouts are longer than ShortTimer and never fired this way.
                Clock.SetUtcNow(timer);
                busyRounds = 0;
            }
        }
    }

    public Task<ProvisioningRequest> DriveToAsync(string id, RequestState state) => DriveToAsync(id, r => r.State == state);

    public async Task<ProvisioningRequest> DriveToAsync(string id, Func<ProvisioningRequest, bool> condition)
    {
        await DriveUntilAsync(() => condition(Request(id)));
        return Request(id);
    }

    /// <summary>Stops this host (as a crash would) and starts a new one on the same data file, simulator and clock.</summary>
    public async Task RestartAsync(IReadOnlyDictionary<string, string?>? changedSettings = null)
    {
        await StopAsync();
        foreach (var (key, value) in changedSettings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        Host = Build();
        await Host.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (ObjectDisposedException)
        {
        }

        await Simulator.DisposeAsync();
        _owned.ForEach(d => d.Dispose());
        _directory.Dispose();
    }

    private async Task StopAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }

    private IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddProvisioning(builder.Configuration);
        builder.Services.AddOciAdapters(builder.Configuration);
        foreach (var service in Enum.GetValues<OciService>())
        {
            builder.Services.AddHttpClient(OciHttp.ClientName(service)).AddHttpMessageHandler(() => Network.CreateHandler());
        }

        builder.Services.AddSingleton<ITemplateApplier>(Template);
        builder.Services.AddSingleton(Cloud);
        builder.Services.AddSingleton<SimulatedGcas>();
        builder.Services.AddSingleton<SimulatedMailbox>();
        builder.Services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<SimulatedGcas>());
        builder.Services.AddSingleton<IOutboxHandler>(sp => sp.GetRequiredService<SimulatedMailbox>());
        builder.Services.AddSingleton<IOutboxHandler, Provisioning.Notifications.LogRequestEventHandler>();
        return builder.Build();
    }
}
