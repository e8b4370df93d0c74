namespace ChatOps.Bot.Slack.Api;

/// <summary>users.info; the id is what authorization uses, names are for display only.</summary>
internal sealed record SlackUser(string Id, string? TeamId, string? Name, string? RealName, bool Deleted, bool IsBot, string? Tz, SlackUserProfile? Profile)
{
    public string DisplayName =>
        Profile?.DisplayName is { Length: > 0 } display ? display : RealName ?? Name ?? Id;
}
