using System.Globalization;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Operations;

/// <summary>
/// Watches what nobody would otherwise notice until someone asks: requests stuck past their step's expected
/// duration, messages piling up in the outbox, a chat connection that stays down, messages refused for good —
/// and says so in the ops channel, starting with "restarted; resumed N requests" on every start.
/// </summary>
public sealed class Watchdog(
    RequestStore requests,
    OutboxStore outbox,
    OpsAlerts alerts,
    IOptions<WatchdogOptions> options,
    TimeProvider time,
    ILogger<Watchdog> logger,
    IChatConnectionStatus? chat = null) : BackgroundService
{
    private int _deadSeen = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var resumed = requests.InStates(RequestStates.Active).Count;
        alerts.Raise(new OpsAlert(OpsAlertKind.Restarted, time.GetUtcNow(),
            $"ChatOps を起動しました。進行中の {resumed} 件の申請を再開します。", $"ChatOps restarted; resumed {resumed} request(s) in progress."),
            $"restarted:{Guid.NewGuid():N}", TimeSpan.FromDays(1));
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                try
                {
                    Check();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Watchdog check failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round of checks (public so tests and the doctor can run it on demand).</summary>
    public void Check()
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        foreach (var request in requests.InStates([.. RequestStates.Active, RequestState.Failed]))
        {
            if (settings.ExpectedDuration(request.State) is { } expected && now - request.StateEnteredAt > expected)
            {
                var minutes = (int)(now - request.StateEnteredAt).TotalMinutes;
                alerts.Raise(new OpsAlert(OpsAlertKind.Stuck, now,
                    $"{request.Id}（{request.Summary.OrganizationName}）が {request.State} のまま {minutes} 分進んでいません（想定 {expected.TotalMinutes:0} 分以内）。",
                    $"{request.Id} ({request.Summary.OrganizationName}) has made no progress in {request.State} for {minutes} min (expected within {expected.TotalMinutes:0} min).",
                    request.Id), $"stuck:{request.Id}:{request.State}:{request.StateEnteredAt.UtcTicks}", settings.RepeatAfter);
            }
        }

        var stats = outbox.Stats(now);
        if (stats.Pending > 0 && stats.OldestPendingAge > settings.OutboxAgeThreshold)
        {
            var kinds = string.Join(", ", stats.PendingByKind.Select(p => $"{p.Key}={p.Value}"));
            var age = ((int)stats.OldestPendingAge.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            alerts.Raise(new OpsAlert(OpsAlertKind.OutboxAging, now,
                $"未配信のメッセージが {age} 分滞留しています（{kinds}）。GCAS・メール・Slack のいずれかが停止している可能性があります。",
                $"Undelivered messages have waited {age} min ({kinds}); GCAS, mail or Slack may be down."), "outbox-aging", settings.RepeatAfter);
        }

        if (_deadSeen >= 0 && stats.Dead > _deadSeen)
        {
            alerts.Raise(new OpsAlert(OpsAlertKind.OutboxRefused, now,
                $"配信を拒否されたメッセージが {stats.Dead - _deadSeen} 件あります（自動再送しません）。監査ログの outbox.refused を確認してください。",
                $"{stats.Dead - _deadSeen} message(s) were refused for good and will not be retried; see outbox.refused in the audit trail."),
                $"outbox-refused:{stats.Dead}", settings.RepeatAfter);
        }

        _deadSeen = stats.Dead;
        if (chat is { Connected: false, DisconnectedSince: { } since } && now - since > settings.DisconnectedThreshold)
        {
            alerts.Raise(new OpsAlert(OpsAlertKind.SocketDisconnected, now,
                $"Slack との接続が {(int)(now - since).TotalMinutes} 分切れています。", $"The Slack connection has been down for {(int)(now - since).TotalMinutes} min."),
                $"disconnected:{since.UtcTicks}", settings.RepeatAfter);
        }
    }
}
