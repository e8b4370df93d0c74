using System.Text.Json.Nodes;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Intake;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Provisioning.Workflow.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Support;

/// <summary>
/// The real provisioning host (store file, engine, outbox, audit) on the simulated cloud, driven by a
/// FakeTimeProvider: when nothing is running, time jumps to the next thing that is due.
/// </summary>
public sealed class ProvisioningHarness : IAsyncDisposable
{
    public static readonly Actor Approver = Actor.Human("UAPPROVER1", "承認 太郎");
    public static readonly Actor SecondApprover = Actor.Human("UAPPROVER2", "承認 花子");
    public static readonly Actor Operator = Actor.Human("UOPERATOR1", "運用 次郎");
    public static readonly Actor Outsider = Actor.Human("UOUTSIDER1", "部外 三郎");

    private readonly Dictionary<string, string?> _settings;
    private readonly TempDirectory? _ownedDirectory;

    private ProvisioningHarness(Dictionary<string, string?> settings, TimeProvider time, SimulatedCloud cloud, TempDirectory? owned)
    {
        _settings = settings;
        Time = time;
        Cloud = cloud;
        _ownedDirectory = owned;
        Host = Build();
    }

    public IHost Host { get; private set; }

    /// <summary>The clock of the host; a FakeTimeProvider unless the test asked for real time.</summary>
    public TimeProvider Time { get; }

    public SimulatedCloud Cloud { get; }

    public string StorePath => _settings["Storage:Path"]!;

    public RequestStore Requests => Get<RequestStore>();

    public static async Task<ProvisioningHarness> StartAsync(IDictionary<string, string?>? settings = null, string? storePath = null, SimulatedCloud? cloud = null, TimeProvider? time = null)
    {
        var owned = storePath is null ? new TempDirectory() : null;
        var merged = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Path"] = storePath ?? owned!.File("chatops.db"),
            ["Engine:MaxConcurrency"] = "8",
            ["Authorization:Approvers:0"] = Approver.Id,
            ["Authorization:Approvers:1"] = SecondApprover.Id,
            ["Authorization:Operators:0"] = Operator.Id,
            ["Simulation:Latency"] = "00:00:00",
            ["Simulation:TenancyDuration"] = "00:10:00",
            ["Simulation:RegionDuration"] = "00:30:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var clock = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var world = cloud ?? new SimulatedCloud(clock, Options.Create(new ConfigurationBuilder().AddInMemoryCollection(merged).Build()
            .GetSection(SimulationOptions.Section).Get<SimulationOptions>() ?? new SimulationOptions()));
        var harness = new ProvisioningHarness(merged, clock, world, owned);
        await harness.Host.StartAsync();
        return harness;
    }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public async Task<ProvisioningRequest> SubmitAsync(JsonObject application)
    {
        var result = await Get<ApplicationIntake>().ReceiveAsync(application["applicationId"]?.GetValue<string>(), application.ToJsonString(), Actor.Gcas, CancellationToken.None);
        return result is IntakeResult.Created created ? created.Request : ((IntakeResult.Duplicate)result).Existing;
    }

    public Task<CommandResult> CommandAsync(string requestId, RequestAction action, Actor actor, string? text = null) =>
        Get<RequestCommandService>().ExecuteAsync(new RequestCommand(requestId, action, actor, text), CancellationToken.None);

    public ProvisioningRequest Request(string id) => Requests.Get(id)!;

    /// <summary>A snapshot of the GCAS events the simulated GCAS received for one application (empty before the first).</summary>
    public IReadOnlyList<Provisioning.Gcas.GcasStatusEvent> GcasEventsOf(string applicationId) => Get<SimulatedGcas>().EventsOf(applicationId);

    /// <summary>Runs the system (jumping the fake clock when idle) until <paramref name="condition"/> holds.</summary>
    public async Task DriveUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var idleRounds = 0;
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException("The condition did not hold in time; states: " + string.Join(", ", Requests.All().Select(r => $"{r.Id}={r.State}")));
            }

            await Task.Delay(5);
            var now = Time.GetUtcNow();
            var next = new[] { Requests.NextDueAt(), Get<OutboxStore>().NextDueAt() }.Where(d => d is not null).Min();
            var idle = Get<WorkflowEngine>().InFlight == 0;
            idleRounds = idle && (next is null || next > now) ? idleRounds + 1 : 0;
            if (idleRounds >= 3 && next is { } due && Time is FakeTimeProvider fake)
            {
                fake.SetUtcNow(due);
                idleRounds = 0;
            }
        }
    }

    public Task<ProvisioningRequest> DriveToAsync(string id, RequestState state, TimeSpan? timeout = null) =>
        DriveToAsync(id, r => r.State == state, timeout);

    public async Task<ProvisioningRequest> DriveToAsync(string id, Func<ProvisioningRequest, bool> condition, TimeSpan? timeout = null)
    {
        await DriveUntilAsync(() => condition(Request(id)), timeout);
        return Request(id);
    }

    /// <summary>Stops this host (as a crash would, mid-step) and starts a new one on the same data file, cloud and clock.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Host = Build();
        await Host.StartAsync();
    }

    public async Task StopAsync()
    {
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
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

        _ownedDirectory?.Dispose();
    }

    private IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton(Cloud);
        builder.Services.AddProvisioning(builder.Configuration);
        builder.Services.AddSimulatedCloud(builder.Configuration);
        return builder.Build();
    }
}
