using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Observability;

/// <summary>Creates the observable instruments at start, so the first scrape already has them.</summary>
internal sealed class MetricsRegistration(ChatMetrics chat) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(chat);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
