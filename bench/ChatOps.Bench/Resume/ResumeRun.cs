using System.Diagnostics;
using ChatOps.Bench.Support;

namespace ChatOps.Bench.Resume;

/// <summary>
/// The bot as a child process holds a wave in flight; it is killed with SIGKILL and started again on the same data
/// file. Progress is what OCI sees: every work request the requests were polling before the kill is polled again.
/// </summary>
internal static class ResumeRun
{
    /// <summary>
    /// OCI's rate limits and the step's poll budget are lifted here: with them, polling every request once takes
    /// requests ÷ rate seconds with or without a restart, which would hide the bot's own resume time. The poll
    /// interval is short so every request is due again within a second of any moment.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Oci:RateLimits:Organizations"] = "100000",
        ["Oci:RateLimits:Identity"] = "100000",
        ["Workflow:Steps:CreatingTenancy:PollInterval"] = "00:00:00.100",
        ["Workflow:Steps:CreatingTenancy:MaxPollsPerSecond"] = "0",
    };

    public static async Task<ResumeMeasurement> RunAsync(int applications, ScaledWorld scale, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var wave = await InFlightWave.StartAsync(scale, Settings, cancellationToken, throttle: false);
        var first = wave.StartBot();
        try
        {
            wave.Submit(applications);
            await wave.WaitAllInFlightAsync(first, applications, limit, cancellationToken);
        }
        finally
        {
            await first.KillAsync();
            first.Dispose();
        }

        var killedAt = Stopwatch.GetTimestamp();
        var before = wave.LastPolls.Keys.ToHashSet(StringComparer.Ordinal);
        using var second = wave.StartBot();
        var restarted = Stopwatch.GetTimestamp();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var polls = wave.LastPolls;
            var progressed = before.Count(path => polls.TryGetValue(path, out var at) && at > restarted);
            if (progressed == before.Count)
            {
                var firstCall = before.Select(path => polls[path]).Min();
                return new ResumeMeasurement(applications, before.Count, progressed,
                    Stopwatch.GetElapsedTime(restarted, firstCall), Stopwatch.GetElapsedTime(restarted, before.Select(path => polls[path]).Max()));
            }

            if (second.HasExited || watch.Elapsed > limit)
            {
                throw new TimeoutException($"{progressed} of {before.Count} work requests polled again after {watch.Elapsed} (killed {Stopwatch.GetElapsedTime(killedAt)} ago); bot: {second.Tail}");
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
