namespace ChatOps.Bot.Slack.Payloads;

/// <summary>The user who acted. Authorize on <see cref="Id"/> only; names are display hints.</summary>
internal sealed record SlackUserRef(string Id, string? Username = null, string? Name = null, string? TeamId = null);
