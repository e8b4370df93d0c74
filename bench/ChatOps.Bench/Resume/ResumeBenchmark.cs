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
        new("OCI time scale", scale.Describe() + "; OCI rate limits and poll budget lifted, CreatingTenancy poll 0.1 s (see below)"),
        new("requests in flight at the kill (CreatingTenancy)", m.InFlight.ToString(CultureInfo.InvariantCulture)),
        new("work requests being polled at the kill", m.WorkRequests.ToString(CultureInfo.InvariantCulture)),
        new("restart → first OCI call", Seconds(m.FirstCall)),
        new("restart → every work request polled again", Seconds(m.AllProgressed), "< 5 s", m.Progressed == m.WorkRequests && m.AllProgressed < TimeSpan.FromSeconds(5)),
        new("floor with OCI's limit and the poll budget at our defaults (one poll of each ÷ the lower), restart or not",
            Seconds(TimeSpan.FromSeconds(m.WorkRequests / (PollRate * scale.Factor))) + $" scaled, {m.WorkRequests / PollRate:0} s real"),
    ];

    // Tenancy polls may go no faster than Organizations' limit nor the step's poll budget, both real-time defaults.
    private static double PollRate => Math.Min(
        Provisioning.Oci.OciOptions.DefaultRateLimit(Provisioning.Oci.OciService.Organizations),
        Provisioning.Workflow.WorkflowOptions.DefaultPolicies[Provisioning.Workflow.RequestState.CreatingTenancy].MaxPollsPerSecond ?? double.MaxValue);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}
