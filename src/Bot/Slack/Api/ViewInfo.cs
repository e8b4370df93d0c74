namespace ChatOps.Bot.Slack.Api;

/// <summary>An opened, updated or published view; pass <see cref="Hash"/> to the next update to avoid stale writes.</summary>
internal sealed record ViewInfo(string Id, string? Hash, string? ExternalId);
