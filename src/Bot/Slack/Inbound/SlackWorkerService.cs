using ChatOps.Bot.Slack.Dispatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Workers that run handlers after the ack, each request in its own DI scope. A failure never stops a worker.</summary>
internal sealed class SlackWorkerService(SlackWorkQueue queue, IServiceScopeFactory scopes, SlackTuning tuning, ILogger<SlackWorkerService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, tuning.Workers)).Select(_ => RunWorkerAsync(stoppingToken)));

    private async Task RunWorkerAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunOneAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOneAsync(SlackWorkItem item, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var dispatcher = scope.ServiceProvider.GetRequiredService<SlackDispatcher>();
            await dispatcher.DispatchAsync(item.Request, item.Ack, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Slack work item {Payload} failed outside its handler", item.Request.Payload.GetType().Name);
        }
        finally
        {
            item.Ack.TryAnswer(null);
        }
    }
}
