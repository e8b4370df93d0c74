using System.Globalization;
using ChatOps.Bench.Support;

namespace ChatOps.Bench.Resume;

/// <summary>SIGKILL with a wave in flight; time from restart until every request makes progress again.</summary>
internal sealed class ResumeBenchmark : IBenchmark
{
    public string Name => "resume";

    public string Description => "SIGKILL the bot process with N applications (default 500) in flight; time from restart to every request progressing";

    public async Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var applications = arguments.Int("applications", 500);
        var scale = new ScaledWorld(arguments.Double("scale", 60));
        var m = await ResumeRun.RunAsync(applications, scale, TimeSpan.FromMinutes(arguments.Int("limit-minutes", 15)), cancellationToken);
        return new BenchResult($"resume: SIGKILL with {applications} applications in flight", Rows(m, scale));
    }

    public static IReadOnlyList<BenchRow> Rows(ResumeMeasurement m, ScaledWorld scale) =>
    [
        new("OCI time scale", scale.Describe() + "; OCI rate limits lifted, CreatingTenancy poll 0.1 s (see below)"),
        new("requests in flight at the kill (CreatingTenancy)", m.InFlight.ToString(CultureInfo.InvariantCulture)),
        new("work requests being polled at the kill", m.WorkRequests.ToString(CultureInfo.InvariantCulture)),
        new("restart → first OCI call", Seconds(m.FirstCall)),
        new("restart → every work request polled again", Seconds(m.AllProgressed), "< 5 s", m.Progressed == m.WorkRequests && m.AllProgressed < TimeSpan.FromSeconds(5)),
        new("floor with OCI's limits at our defaults (one poll of each ÷ Organizations rate), restart or not",
            Seconds(TimeSpan.FromSeconds(m.WorkRequests / scale.ClientRate(Provisioning.Oci.OciService.Organizations))) + $" scaled, {m.WorkRequests / Provisioning.Oci.OciOptions.DefaultRateLimit(Provisioning.Oci.OciService.Organizations):0} s real"),
    ];

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
