namespace ChatOps.Sandbox.Slack.WebApi;

internal enum TokenKind
{
    None,
    Bot,
    App,
    Unknown,
}
