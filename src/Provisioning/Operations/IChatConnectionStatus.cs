namespace ChatOps.Provisioning.Operations;

/// <summary>The chat connection's health as the watchdog and readiness see it; supplied by the chat layer.</summary>
public interface IChatConnectionStatus
{
    bool Connected { get; }

    /// <summary>When the connection was last lost; null while connected (or never connected yet).</summary>
    DateTimeOffset? DisconnectedSince { get; }
}
