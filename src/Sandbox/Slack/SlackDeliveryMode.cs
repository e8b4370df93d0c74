namespace ChatOps.Sandbox.Slack;

/// <summary>How the simulator delivers user actions to the bot: over the bot's Socket Mode links or as signed HTTP POSTs.</summary>
public enum SlackDeliveryMode
{
    SocketMode,
    Http,
}
