using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Socket Mode, the default transport: two connections opened ~10 s apart (so Slack's periodic refreshes do not
/// hit both at once), each kept alive by a <see cref="SocketModeSlot"/>. Stops for good on <c>link_disabled</c>.
/// Never lets an exception escape, because that would stop the host.
/// </summary>
internal sealed class SocketModeService(
    SocketModeConnector connector,
    ReconnectBackoff backoff,
    SocketModeState state,
    SlackTuning tuning,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var slots = Enumerable.Range(0, Math.Max(1, tuning.SocketConnections)).Select(i => RunSlotAsync(i, stop)).ToList();
        await Task.WhenAll(slots);
    }

    private async Task RunSlotAsync(int index, CancellationTokenSource stop)
    {
        try
        {
            if (index > 0)
            {
                await Task.Delay(tuning.SocketStagger * index, time, stop.Token);
            }

            var slot = new SocketModeSlot(index, connector, backoff, time, logger);
            if (!await slot.RunAsync(stop.Token))
            {
                logger.LogError("Slack disabled Socket Mode for this app (link_disabled). Not reconnecting: turn Socket Mode back on in the app settings and restart.");
                state.Disable(LinkEnd.LinkDisabled);
                await stop.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            state.Failed(ex.GetType().Name);
            logger.LogError(ex, "Socket Mode slot {Slot} failed", index);
        }
    }
}
