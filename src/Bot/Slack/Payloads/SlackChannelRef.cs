namespace ChatOps.Bot.Slack.Payloads;

internal sealed record SlackChannelRef(string Id, string? Name = null);
