using System.Diagnostics;
using System.Globalization;
using ChatOps.Sandbox.World;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>
/// Crash anywhere: the real executable on one data file, SIGKILLed at least thirty times while twenty applications
/// go through (kills aimed right after OCI calls and GCAS deliveries, during start-up and at random), restarted
/// each time. The simulated Slack, GCAS and OCI live in the test process and outlive every kill. Afterwards
/// nothing may be lost or done twice. Set CHATOPS_CRASH_SEED to replay a run's kill plan, CHATOPS_CRASH_KILLS for
/// a longer (or, to time the flow alone, a kill-free) run.
/// </summary>
public class CrashAnywhereTests(ITestOutputHelper output)
{
    private static readonly int MinimumKills = int.TryParse(Environment.GetEnvironmentVariable("CHATOPS_CRASH_KILLS"), CultureInfo.InvariantCulture, out var kills) ? kills : 30;

    [Fact]
    public async Task Twenty_applications_complete_exactly_once_through_thirty_SIGKILLs()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CHATOPS_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (CHATOPS_CRASH_SEED={seed} replays this kill plan)");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(6));
        using var directory = new TempDirectory();
        await using var world = await SandboxWorld.StartAsync(CrashRunSettings.World() with { WorkFolder = directory.File("oci") }, stop.Token);
        var applications = CrashApplications.Create();
        var dataFile = directory.File("chatops.db");
        var run = new CrashRun(world, CrashRunSettings.ForChild(world, dataFile), directory.Path, new Random(seed), applications);
        var people = new SimulatedPeople(world, applications);
        using var peopleStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var acting = people.RunAsync(peopleStop.Token);
        var watch = Stopwatch.StartNew();
        TimeSpan lastLife;
        try
        {
            await run.KillRepeatedlyAsync(MinimumKills, stop.Token);
            lastLife = await run.FinishAsync(TimeSpan.FromMinutes(3), stop.Token);
        }
        finally
        {
            await peopleStop.CancelAsync();
            try
            {
                await acting;
            }
            catch (OperationCanceledException)
            {
                // How the people stop.
            }

            run.Kills.ForEach(k => output.WriteLine(k.ToString()));
            foreach (var line in RunReport.Lines(world, applications))
            {
                output.WriteLine(line);
            }
        }

        var requests = StoreCheck.EveryApplicationCompleted(dataFile, applications);
        OciCheck.NoDuplicates(world, applications, requests);
        GcasEventCheck.ExactlyOnceInOrder(world, applications);
        var audit = await AuditCheck.VerifiesAsync(dataFile, directory.Path);

        Assert.True(run.Kills.Count >= MinimumKills);
        output.WriteLine(
            $"seed {seed}: {run.Kills.Count} kills ({run.Kills.Count(k => k.Hit)} on activity), {applications.Count} applications Completed, " +
            $"last life {lastLife.TotalSeconds:0.0} s, total {watch.Elapsed.TotalSeconds:0.0} s; {world.Oci.Tenancies().Count(t => !t.IsParent)} child tenancies, " +
            $"{world.Gcas.Store.EventCount} GCAS events, {people.Clicks} approve clicks, {people.Grants} access grants; audit {audit}");
    }
}
