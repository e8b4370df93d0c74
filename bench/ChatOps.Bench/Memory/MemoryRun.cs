using ChatOps.Bench.Support;

namespace ChatOps.Bench.Memory;

/// <summary>
/// The bot as a child process takes a wave of applications and holds them all in flight (OCI's tenancy creation
/// outlasts the run); its resident memory is sampled from <c>/proc</c> throughout, then over a steady window.
/// </summary>
internal static class MemoryRun
{
    public static async Task<MemoryMeasurement> RunAsync(int applications, ScaledWorld scale, TimeSpan steady, CancellationToken cancellationToken)
    {
        await using var wave = await InFlightWave.StartAsync(scale, new Dictionary<string, string?>(), cancellationToken);
        using var bot = wave.StartBot();
        var sampler = new MemorySampler(bot);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = sampler.RunAsync(TimeSpan.FromMilliseconds(200), stop.Token);
        try
        {
            wave.Submit(applications);
            var loaded = await wave.WaitAllInFlightAsync(bot, applications, TimeSpan.FromMinutes(15), cancellationToken);
            sampler.StartWindow();
            await Task.Delay(steady, cancellationToken);
            var window = sampler.Window;
            if (window.Count == 0)
            {
                throw new InvalidOperationException($"No memory samples of the bot: {bot.Tail}");
            }

            return new MemoryMeasurement(applications, loaded, Math.Max(sampler.Peak, bot.Memory()?.Peak ?? 0), (long)window.Average(), window.Max(), window.Count);
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await sampling;
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
        }
    }
}
