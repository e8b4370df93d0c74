using System.Collections.Concurrent;
using System.Diagnostics;
using ChatOps.Sandbox.World;

namespace ChatOps.Bench.Support;

/// <summary>
/// The simulators in this process and the bot as a child process, with many applications submitted at once and
/// held in flight: OCI's child-tenancy creation is made to outlast the run, so every request sits in
/// CreatingTenancy polling its work requests. Records which work request each poll was for.
/// </summary>
internal sealed class InFlightWave : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly IDisposable _observer;
    private readonly ConcurrentDictionary<string, long> _lastPoll = new(StringComparer.Ordinal);

    private InFlightWave(TempFolder folder, SandboxWorld world, Dictionary<string, string?> settings)
    {
        _folder = folder;
        World = world;
        Settings = settings;
        _observer = world.Oci.Counters.Observe((operation, path) =>
        {
            if (operation == "GetWorkRequest")
            {
                _lastPoll[path] = Stopwatch.GetTimestamp();
            }
        });
    }

    public SandboxWorld World { get; }

    /// <summary>The bot's settings (configuration keys), data file included.</summary>
    public Dictionary<string, string?> Settings { get; }

    public string WorkingDirectory => _folder.Path;

    /// <summary>Work request path → <see cref="Stopwatch.GetTimestamp"/> of its latest poll.</summary>
    public IReadOnlyDictionary<string, long> LastPolls => _lastPoll;

    public static async Task<InFlightWave> StartAsync(ScaledWorld scale, IReadOnlyDictionary<string, string?> extra, CancellationToken cancellationToken, bool throttle = true)
    {
        var folder = new TempFolder("inflight");
        try
        {
            var options = scale.WorldOptions(tenancyCreation: TimeSpan.FromHours(1)) with { WorkFolder = folder.File("oci") };
            if (!throttle)
            {
                options = options with { OciRateLimits = new Dictionary<string, Sandbox.Oci.OciRateLimit>() };
            }

            var world = await SandboxWorld.StartAsync(options, cancellationToken);
            var settings = new Dictionary<string, string?>(world.BotConfiguration)
            {
                ["Storage:Path"] = folder.File("chatops.db"),
                ["Workflow:RequireApproval"] = "false",
                ["Logging:Format"] = "simple",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in scale.BotSettings().Concat(extra))
            {
                settings[key] = value;
            }

            return new InFlightWave(folder, world, settings);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public BotProcess StartBot() => BotProcess.Start(Settings, WorkingDirectory);

    public void Submit(int applications)
    {
        for (var i = 1; i <= applications; i++)
        {
            World.Gcas.AddApplication(BenchApplications.Make(i));
        }
    }

    /// <summary>Waits until the bot's metrics show <paramref name="count"/> requests in CreatingTenancy, all of whose work requests were polled.</summary>
    public async Task<TimeSpan> WaitAllInFlightAsync(BotProcess bot, int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var states = await BotMetrics.RequestsByStateAsync(bot.Http, cancellationToken);
            if (states is not null && states.GetValueOrDefault("CreatingTenancy") >= count && _lastPoll.Count >= count)
            {
                return watch.Elapsed;
            }

            if (bot.HasExited || watch.Elapsed > limit)
            {
                throw new TimeoutException($"Not all {count} in flight after {watch.Elapsed}: {Describe(states)}; work requests polled {_lastPoll.Count}; bot: {bot.Tail}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    public static string Describe(IReadOnlyDictionary<string, long>? states) =>
        states is null ? "(no metrics)" : string.Join(", ", states.Where(p => p.Value > 0).Select(p => $"{p.Key}={p.Value}"));

    public async ValueTask DisposeAsync()
    {
        _observer.Dispose();
        await World.DisposeAsync();
        _folder.Dispose();
    }
}
