namespace ChatOps.Sandbox.Slack.Directory;

/// <summary>
/// A conversation. <see cref="Members"/> null means every user is a member. A bot that is not a member cannot
/// post (<c>not_in_channel</c>) and cannot see a private channel at all (<c>channel_not_found</c>).
/// </summary>
public sealed record SimChannel(string Id, string Name, bool IsPrivate = false, bool IsArchived = false, bool BotIsMember = true, IReadOnlyList<string>? Members = null)
{
    public bool HasMember(string userId) => Members is null || Members.Contains(userId);
}
