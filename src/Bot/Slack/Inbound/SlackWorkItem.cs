namespace ChatOps.Bot.Slack.Inbound;

internal sealed record SlackWorkItem(SlackRequest Request, AckSignal Ack);
