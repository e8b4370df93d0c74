using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>What the bot has done to the outside world so far, to aim kills at moments of activity.</summary>
internal sealed class WorldActivity(SandboxWorld world)
{
    public int OciCalls => world.Oci.Counters.Snapshot().Values.Sum();

    public int GcasEvents => world.Gcas.Store.EventCount;

    /// <summary>Completes when <paramref name="read"/> has grown by <paramref name="by"/>, or after <paramref name="limit"/> (false).</summary>
    public static async Task<bool> GrowsAsync(Func<int> read, int by, TimeSpan limit, CancellationToken cancellationToken)
    {
        var target = read() + by;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (read() < target)
        {
            if (watch.Elapsed > limit)
            {
                return false;
            }

            // Polled tightly so the kill lands within a few milliseconds of the call, often mid-step.
            await Task.Delay(2, cancellationToken);
        }

        return true;
    }
}
