namespace ChatOps.Bot.Slack.SocketMode;

internal enum LinkEndKind
{
    /// <summary>Slack sent <c>disconnect</c> with a reason.</summary>
    Disconnect,

    /// <summary>The server closed the socket with a close frame.</summary>
    Closed,

    /// <summary>The socket failed: reset, keep-alive timeout, garbage.</summary>
    Dropped,

    /// <summary>No data frame within the idle timeout.</summary>
    Idle,

    /// <summary>We are shutting down.</summary>
    Stopping,
}
