namespace ChatOps.Bot.Slack.Api;

/// <summary>auth.test: who the bot token belongs to.</summary>
internal sealed record AuthIdentity(string? Url, string? Team, string? User, string TeamId, string UserId, string? BotId, string? AppId);
