namespace ChatOps.Bot.Slack.Api;

internal sealed record SlackUserProfile(string? DisplayName, string? RealName, string? Email);
