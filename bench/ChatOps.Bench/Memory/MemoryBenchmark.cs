using System.Globalization;
using ChatOps.Bench.Support;

namespace ChatOps.Bench.Memory;

/// <summary>Peak and steady resident memory of the bot process holding a wave of applications in flight.</summary>
internal sealed class MemoryBenchmark : IBenchmark
{
    private const long Target = 200L * 1024 * 1024;

    public string Name => "memory";

    public string Description => "peak and steady working set of the bot process with N applications (default 500) in flight";

    public async Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var applications = arguments.Int("applications", 500);
        var scale = new ScaledWorld(arguments.Double("scale", 60));
        var steady = TimeSpan.FromSeconds(arguments.Int("steady-seconds", 30));
        var m = await MemoryRun.RunAsync(applications, scale, steady, cancellationToken);
        return new BenchResult($"memory: {applications} applications in flight", Rows(m, scale, steady));
    }

    public static IReadOnlyList<BenchRow> Rows(MemoryMeasurement m, ScaledWorld scale, TimeSpan steady) =>
    [
        new("OCI time scale", scale.Describe()),
        new("process", "chatops as a child process (workstation GC as shipped), memory from /proc/<pid>/status"),
        new("requests in flight (CreatingTenancy, polling)", m.InFlight.ToString(CultureInfo.InvariantCulture)),
        new("time until all were in flight", m.TimeToAllInFlight.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"),
        new("peak working set (VmHWM)", Mb(m.Peak), "< 200 MB", m.Peak < Target),
        new($"steady working set (mean VmRSS over {steady.TotalSeconds:0} s, {m.Samples} samples)", Mb(m.SteadyMean), "< 200 MB", m.SteadyMean < Target),
        new("steady working set (max VmRSS in that window)", Mb(m.SteadyMax)),
    ];

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
