namespace ChatOps.Bot.Slack.Payloads;

internal sealed record SlackTeamRef(string Id, string? Domain = null);
