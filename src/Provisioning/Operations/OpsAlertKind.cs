namespace ChatOps.Provisioning.Operations;

/// <summary>What the watchdog tells the ops channel about (docs/operations.md explains each and what to do).</summary>
public enum OpsAlertKind
{
    /// <summary>A request made no progress past its step's expected duration.</summary>
    Stuck,

    /// <summary>The oldest undelivered outbox message is older than the threshold: GCAS, mail or Slack is down.</summary>
    OutboxAging,

    /// <summary>A receiver refused a message for good; it will not be retried automatically.</summary>
    OutboxRefused,

    /// <summary>The chat connection has been down longer than the threshold.</summary>
    SocketDisconnected,

    /// <summary>The bot started (after a deploy or a crash) and resumed its requests.</summary>
    Restarted,
}
