using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Provisioning.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Connection;

/// <summary>
/// The Slack connection as the watchdog and <c>/readyz</c> see it: in Socket Mode, connected while at least one
/// link said hello and is open, with the moment the last one was lost; in Http mode Slack calls us, so always
/// connected. Watches <see cref="SocketModeState"/> so the moment of loss is exact, not when someone asks.
/// </summary>
internal sealed class SlackConnectionStatus(SocketModeState state, IOptions<SlackOptions> options, TimeProvider time)
    : BackgroundService, IChatConnectionStatus
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lostAt;

    public bool Connected => options.Value.Mode == SlackMode.Http || state.Snapshot().Connected > 0;

    public DateTimeOffset? DisconnectedSince
    {
        get
        {
            if (Connected)
            {
                return null;
            }

            lock (_gate)
            {
                return _lostAt;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Mode == SlackMode.Http)
        {
            return;
        }

        var up = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wasUp = up;
                await state.WaitUntilAsync(s => s.Connected > 0 != wasUp, stoppingToken);
                up = !up;
                lock (_gate)
                {
                    _lostAt = up ? null : time.GetUtcNow();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
