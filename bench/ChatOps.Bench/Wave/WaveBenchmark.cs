using System.Globalization;
using ChatOps.Bench.Support;
using ChatOps.Provisioning.Oci;

namespace ChatOps.Bench.Wave;

/// <summary>
/// A wave of applications through the simulators against the ideal, the tightest bound no schedule can beat: one
/// application's own critical path; a service's calls pushed through at OCI's rate limit; and, since no template
/// call can reach a child before OCI has created it and activated its region, OCI's own waits followed by the
/// Identity calls that need an active region, at Identity's rate.
/// </summary>
internal sealed class WaveBenchmark : IBenchmark
{
    public string Name => "wave";

    public string Description => "N applications (default 500) through the simulators; makespan against the ideal, OCI calls, 429s, Slack messages";

    public async Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var applications = arguments.Int("applications", 500);
        var scale = new ScaledWorld(arguments.Double("scale", 60));
        var limit = TimeSpan.FromMinutes(arguments.Int("limit-minutes", 30));
        var measured = await WaveRun.RunAsync(applications, scale, limit, cancellationToken);
        return new BenchResult($"wave: {applications} applications", Rows(measured, scale));
    }

    public static IReadOnlyList<BenchRow> Rows(WaveMeasurement m, ScaledWorld scale)
    {
        var rateBounds = ScaledWorld.AllServices
            .Select(s => (Service: s, Calls: m.OciCalls.GetValueOrDefault(ScaledWorld.HostLabel(s)), Rate: scale.ClientRate(s)))
            .Select(x => (x.Service, x.Calls, x.Rate, Seconds: x.Calls / x.Rate))
            .ToList();
        var slowest = rateBounds.MaxBy(b => b.Seconds);
        var identity = rateBounds.Single(b => b.Service == OciService.Identity);
        var waits = (scale.TenancyCreation + scale.RegionActivation).TotalSeconds;
        var afterRegion = identity.Calls - m.RegionCalls;
        var pipeline = waits + afterRegion / identity.Rate;
        var ideal = Math.Max(Math.Max(m.Solo.TotalSeconds, slowest.Seconds), pipeline);
        var ratio = m.Makespan.TotalSeconds / ideal;
        var totalCalls = m.OciCalls.Values.Sum();
        var rows = new List<BenchRow>
        {
            new("OCI time scale", scale.Describe()),
            new("applications completed", $"{m.Completed} / {m.Applications}", $"{m.Applications}", m.Completed == m.Applications),
            new("one application alone (critical path, measured)", Seconds(m.Solo.TotalSeconds)),
            new("  of which OCI's own waits (tenancy + region)", Seconds(waits)),
        };
        rows.AddRange(rateBounds.Select(b => new BenchRow(
            $"rate bound {b.Service}: {b.Calls} calls / {Rate(b.Rate)} per s", Seconds(b.Seconds))));
        rows.Add(new($"pipeline bound: OCI's own waits + {afterRegion} Identity calls needing an active region / {Rate(identity.Rate)} per s", Seconds(pipeline)));
        rows.Add(new("ideal = max(one application alone, each rate bound, pipeline bound)", Seconds(ideal)));
        rows.Add(new("makespan", Seconds(m.Makespan.TotalSeconds)));
        rows.Add(new("makespan / ideal", ratio.ToString("0.00", CultureInfo.InvariantCulture), "≤ 1.10", ratio <= 1.10));
        rows.Add(new("OCI calls per application", PerApp(totalCalls, m.Applications) + " (" + string.Join(", ", rateBounds.Select(b => $"{b.Service} {PerApp(b.Calls, m.Applications)}")) + ")"));
        rows.Add(new("OCI 429s received", m.Throttled.ToString(CultureInfo.InvariantCulture), "0", m.Throttled == 0));
        rows.Add(new("Slack messages posted per application by the end", PerApp(m.SlackMessages, m.Applications)));
        rows.Add(new("request events still queued for Slack (paced at ~1 post per second per channel)", m.SlackEventsQueued.ToString(CultureInfo.InvariantCulture)));
        return rows;
    }

    private static string Rate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string PerApp(int count, int applications) => (count / (double)applications).ToString("0.0", CultureInfo.InvariantCulture);
}
