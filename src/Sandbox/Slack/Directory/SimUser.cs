namespace ChatOps.Sandbox.Slack.Directory;

/// <summary>A workspace member as users.info shows it.</summary>
public sealed record SimUser(string Id, string Name, string RealName, string? Email = null, bool IsBot = false, bool Deleted = false, string Tz = "Asia/Tokyo");
