namespace ChatOps.Bot.Slack.Api;

/// <summary>Where a message now lives: keep channel and ts to update it later.</summary>
internal sealed record PostedMessage(string Channel, string Ts);
