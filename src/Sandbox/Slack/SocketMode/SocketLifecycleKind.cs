namespace ChatOps.Sandbox.Slack.SocketMode;

public enum SocketLifecycleKind
{
    /// <summary>The WebSocket was accepted and <c>hello</c> sent.</summary>
    Opened,
    DisconnectSent,
    ClosedByClient,
    ClosedByServer,
    Dropped,
}
