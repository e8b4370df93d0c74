namespace ChatOps.Bot.Slack.Api;

/// <summary>conversations.info: enough to check a configured channel exists and the bot can post there.</summary>
internal sealed record SlackConversation(string Id, string? Name, bool IsChannel, bool IsGroup, bool IsIm, bool IsPrivate, bool IsArchived, bool IsMember);
