namespace ChatOps.Bot.Slack;

/// <summary>How Slack reaches the bot: an outbound WebSocket (no inbound endpoint needed) or signed HTTP POSTs.</summary>
internal enum SlackMode
{
    SocketMode,
    Http,
}
