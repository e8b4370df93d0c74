using ChatOps.Sandbox.Slack.Directory;

namespace ChatOps.Sandbox.World;

/// <summary>A member of the sandbox workspace and the role the bot's configuration gives them.</summary>
public sealed record SandboxPerson(string Key, SimUser User, SandboxRole Role, string RoleLabel)
{
    public string Id => User.Id;

    public string DisplayName => User.RealName;
}
