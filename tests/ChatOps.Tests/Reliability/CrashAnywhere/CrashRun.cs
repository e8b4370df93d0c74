using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// The lives of the bot on one data file: each started, driven to its planned kill point and SIGKILLed, with the
/// applications arriving over the first lives; then a last life that runs until every request is Completed.
/// </summary>
internal sealed partial class CrashRun(SandboxWorld world, IReadOnlyDictionary<string, string> environment, string workingDirectory, Random random, IReadOnlyList<CrashApplication> applications)
{
    private static readonly TimeSpan ActivityLimit = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly WorldActivity _activity = new(world);
    private int _submitted;

    public List<KillRecord> Kills { get; } = [];

    public async Task KillRepeatedlyAsync(int kills, CancellationToken cancellationToken)
    {
        for (var n = 1; n <= kills; n++)
        {
            // Applications arrive during the first 40% of the lives, so every step of the flow meets kills.
            SubmitUpTo((int)Math.Ceiling(applications.Count * Math.Min(1.0, n / (kills * 0.4))));
            var point = KillPoint.Plan(random);
            using var bot = ChildBot.Start(environment, workingDirectory);
            var watch = Stopwatch.StartNew();
            var hit = await ReachAsync(bot, point, cancellationToken);
            bot.EnsureAlive();
            await bot.KillAsync();
            Kills.Add(new KillRecord(n, point, hit, watch.Elapsed, _activity.OciCalls, _activity.GcasEvents));
        }
    }

    /// <summary>The last life: no more kills until every request is Completed, then one more SIGKILL to end it.</summary>
    public async Task<TimeSpan> FinishAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        SubmitUpTo(applications.Count);
        using var bot = ChildBot.Start(environment, workingDirectory);
        var watch = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = await bot.Ready.WaitAsync(StartLimit, cancellationToken) };
        var completed = 0;
        var metrics = string.Empty;
        while (completed < applications.Count)
        {
            bot.EnsureAlive();
            if (watch.Elapsed > limit)
            {
                var states = string.Join(", ", metrics.Split('\n').Where(l => l.StartsWith("chatops_requests{", StringComparison.Ordinal)));
                throw new TimeoutException($"{completed} of {applications.Count} Completed after {watch.Elapsed} ({states}); bot output:{Environment.NewLine}{bot.Tail()}");
            }

            await Task.Delay(200, cancellationToken);
            metrics = await http.GetStringAsync("metrics", cancellationToken);
            completed = CompletedCount(metrics);
        }

        await bot.KillAsync();
        return watch.Elapsed;
    }

    private void SubmitUpTo(int count)
    {
        while (_submitted < count)
        {
            world.Gcas.AddApplication(applications[_submitted++].Payload);
        }
    }

    private async Task<bool> ReachAsync(ChildBot bot, KillPoint point, CancellationToken cancellationToken)
    {
        if (point.Aim == KillAim.Startup)
        {
            await Task.Delay(point.Delay, cancellationToken);
            return true;
        }

        await bot.Ready.WaitAsync(StartLimit, cancellationToken);
        var hit = point.Aim switch
        {
            KillAim.OciCall => await WorldActivity.GrowsAsync(() => _activity.OciCalls, point.Count, ActivityLimit, cancellationToken),
            KillAim.GcasEvent => await WorldActivity.GrowsAsync(() => _activity.GcasEvents, point.Count, ActivityLimit, cancellationToken),
            _ => true,
        };
        await Task.Delay(point.Delay, cancellationToken);
        return hit;
    }

    private static int CompletedCount(string metrics) =>
        CompletedGauge().Match(metrics) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("""chatops_requests\{[^}]*state="Completed"[^}]*\} (\d+)""")]
    private static partial Regex CompletedGauge();
}
