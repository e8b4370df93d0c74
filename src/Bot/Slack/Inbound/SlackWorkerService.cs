using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// Workers that run handlers after the ack, each request in its own DI scope. A failure never stops a worker.
/// The store's inbox is checked here, not on the ack path: it catches redeliveries that the in-memory check
/// cannot see (after a restart, or later than its window), so one delivery has one effect.
/// </summary>
internal sealed class SlackWorkerService(
    SlackWorkQueue queue,
    IServiceScopeFactory scopes,
    IInbox inbox,
    SlackStats stats,
    SlackTuning tuning,
    ILogger<SlackWorkerService> logger)
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
            if (DedupeKeys.Of(item.Request).Any(key => !inbox.TryAccept(key, tuning.DedupeRetention)))
            {
                stats.Duplicate();
                logger.LogInformation("Ignored a {Payload} already handled before ({Transport})", item.Request.Payload.GetType().Name, item.Request.Delivery.Transport);
                return;
            }

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
