using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection alive for as long as the service runs. A <c>warning</c>,
/// <c>refresh_requested</c> or idle socket is replaced before it is closed, so there is no gap; a dropped socket
/// is reconnected after a jittered backoff; <c>too_many_websockets</c> backs off longer; <c>link_disabled</c>
/// ends the slot (reconnecting could not help until someone turns Socket Mode back on).
/// </summary>
internal sealed class SocketModeSlot(int index, SocketModeConnector connector, ReconnectBackoff backoff, TimeProvider time, ILogger logger)
{
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        SocketModeLink? link = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                link ??= await connector.OpenAsync(cancellationToken);
                if (link is null)
                {
                    failures++;
                    await Task.Delay(backoff.Next(failures), time, cancellationToken);
                    continue;
                }

                failures = 0;
                var end = await link.WaitForEndAsync(cancellationToken);
                logger.LogInformation("Socket Mode slot {Slot}: link {Link} ended: {End}", index, link.Id, end);
                if (end is { Kind: LinkEndKind.Disconnect, Reason: LinkEnd.LinkDisabled })
                {
                    await link.DisposeAsync();
                    link = null;
                    return false;
                }

                if (end is { Kind: LinkEndKind.Disconnect, Reason: LinkEnd.TooManyWebsockets })
                {
                    await link.DisposeAsync();
                    link = null;
                    await Task.Delay(backoff.AfterTooManyWebsockets(++failures), time, cancellationToken);
                    continue;
                }

                if (end.Kind is LinkEndKind.Disconnect or LinkEndKind.Idle)
                {
                    // The old socket keeps reading (and acking) until the replacement has said hello.
                    var replacement = await connector.OpenAsync(cancellationToken);
                    await link.DisposeAsync();
                    link = replacement;
                    continue;
                }

                await link.DisposeAsync();
                link = null;
                await Task.Delay(backoff.Next(++failures), time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            if (link is not null)
            {
                await link.DisposeAsync();
            }
        }

        return true;
    }
}
