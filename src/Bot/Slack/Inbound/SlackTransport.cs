namespace ChatOps.Bot.Slack.Inbound;

internal enum SlackTransport
{
    SocketMode,
    Http,
}
