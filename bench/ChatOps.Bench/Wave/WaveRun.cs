using System.Diagnostics;
using System.Text.Json.Nodes;
using ChatOps.Bench.Support;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Engine;
using ChatOps.Sandbox.World;

namespace ChatOps.Bench.Wave;

/// <summary>
/// One application alone (its critical path through the real system), then a wave of many at once, through the
/// sandbox simulators with OCI's clock scaled by <see cref="ScaledWorld.Factor"/> and OCI throttling on.
/// </summary>
internal static class WaveRun
{
    public static async Task<WaveMeasurement> RunAsync(int applications, ScaledWorld scale, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var folder = new TempFolder("wave");
        await using var world = await SandboxWorld.StartAsync(scale.WorldOptions() with { WorkFolder = folder.File("oci") }, cancellationToken);
        await using var bot = await InProcessBot.StartAsync(world, folder.File("chatops.db"), scale.BotSettings(), cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var people = new SandboxPeople(bot, world).RunAsync(TimeSpan.FromMilliseconds(250), stop.Token);
        try
        {
            var solo = await TimeAsync(world, bot, [BenchApplications.Make(0)], 1, limit, cancellationToken);
            var callsBefore = world.Oci.Counters.ServiceSnapshot();
            var regionCallsBefore = RegionCalls(world);
            var throttledBefore = world.Oci.Counters.Throttled;
            var messagesBefore = SlackMessages(world);

            var wave = Enumerable.Range(1, applications).Select(BenchApplications.Make).ToList();
            var makespan = await TimeAsync(world, bot, wave, applications + 1, limit, cancellationToken);

            foreach (var (operation, count) in world.Oci.Counters.Snapshot().OrderByDescending(p => p.Value))
            {
                await Console.Error.WriteLineAsync($"[wave] {operation}: {count}");
            }

            var callsAfter = world.Oci.Counters.ServiceSnapshot();
            var calls = callsAfter.ToDictionary(p => p.Key, p => p.Value - callsBefore.GetValueOrDefault(p.Key), StringComparer.Ordinal);
            var completed = bot.Get<RequestStore>().CountByState().GetValueOrDefault(RequestState.Completed) - 1;
            foreach (var failed in bot.Get<RequestStore>().InStates([RequestState.Failed]))
            {
                await Console.Error.WriteLineAsync($"[wave] {failed.GcasApplicationId} Failed: {failed.LastError}");
            }

            var messages = await SettledSlackMessagesAsync(world, cancellationToken) - messagesBefore;
            var queued = bot.Get<OutboxStore>().Stats(TimeProvider.System.GetUtcNow()).PendingByKind.GetValueOrDefault(OutboxKinds.RequestEvent);
            return new WaveMeasurement(
                applications, completed, solo, makespan, calls, RegionCalls(world) - regionCallsBefore, world.Oci.Counters.Throttled - throttledBefore, messages, queued);
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await people;
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
        }
    }

    /// <summary>Submits the applications to GCAS and waits until <paramref name="settledTotal"/> requests no longer move.</summary>
    private static async Task<TimeSpan> TimeAsync(SandboxWorld world, InProcessBot bot, IReadOnlyList<JsonObject> applications, int settledTotal, TimeSpan limit, CancellationToken cancellationToken)
    {
        var store = bot.Get<RequestStore>();
        var watch = Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        var lastCalls = world.Oci.Counters.ServiceSnapshot();
        foreach (var application in applications)
        {
            world.Gcas.AddApplication(application);
        }

        while (true)
        {
            var byState = store.CountByState();
            var settled = byState.Where(p => RequestStates.IsTerminal(p.Key) || p.Key == RequestState.Failed).Sum(p => p.Value);
            if (settled >= settledTotal)
            {
                return watch.Elapsed;
            }

            if (watch.Elapsed - reported > TimeSpan.FromSeconds(10))
            {
                reported = watch.Elapsed;
                var outbox = bot.Get<OutboxStore>().Stats(TimeProvider.System.GetUtcNow());
                var calls = world.Oci.Counters.ServiceSnapshot();
                var recent = string.Join(" ", calls.Select(p => $"{p.Key}={p.Value - lastCalls.GetValueOrDefault(p.Key)}"));
                lastCalls = calls;
                await Console.Error.WriteLineAsync($"[wave] {watch.Elapsed.TotalSeconds:0}s: {Describe(byState)}; steps running {bot.Get<WorkflowEngine>().InFlight}; "
                    + $"OCI calls {calls.Values.Sum()} (since last: {recent}), 429s {world.Oci.Counters.Throttled}; "
                    + $"outbox pending {string.Join(", ", outbox.PendingByKind.Select(p => $"{p.Key}={p.Value}"))}, oldest {outbox.OldestPendingAge.TotalSeconds:0} s");
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"After {watch.Elapsed}: {Describe(byState)}");
            }

            // Reading the store is work the bot's process does too: look four times a second, not more.
            await Task.Delay(250, cancellationToken);
        }
    }

    private static string Describe(IReadOnlyDictionary<RequestState, int> byState) =>
        string.Join(", ", byState.Where(p => p.Value > 0).Select(p => $"{p.Key}={p.Value}"));

    // Slack posts are paced per channel (about one a second) and may still be draining after the work is done:
    // count them once they stop arriving, or after 20 s.
    private static async Task<int> SettledSlackMessagesAsync(SandboxWorld world, CancellationToken cancellationToken)
    {
        var last = SlackMessages(world);
        var waited = Stopwatch.StartNew();
        for (var quiet = 0; quiet < 3 && waited.Elapsed < TimeSpan.FromSeconds(20);)
        {
            await Task.Delay(1000, cancellationToken);
            var now = SlackMessages(world);
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }

        return last;
    }

    // Subscribing a child to a region and polling until it is READY: Identity calls made before the region is active.
    private static int RegionCalls(SandboxWorld world) =>
        world.Oci.Counters.Calls("CreateRegionSubscription") + world.Oci.Counters.Calls("ListRegionSubscriptions") + world.Oci.Counters.Calls("ListRegions");

    private static int SlackMessages(SandboxWorld world) =>
        world.Slack.Workspace.Channels.Sum(channel => world.Slack.Workspace.Messages(channel.Id).Count);
}
