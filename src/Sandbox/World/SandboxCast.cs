using ChatOps.Sandbox.Slack.Directory;

namespace ChatOps.Sandbox.World;

/// <summary>
/// The people of the sandbox workspace: two approvers (the second one only through the approvers user group), an
/// operator, and an outsider with no role.
/// </summary>
public sealed record SandboxCast(SandboxPerson Approver1, SandboxPerson Approver2, SandboxPerson Operator, SandboxPerson Outsider, SimUserGroup Approvers)
{
    public static SandboxCast Default { get; } = new(
        new("approver1", new SimUser("U0APPROVE1", "aiko.sato", "Aiko Sato", "aiko.sato@example.go.jp"), SandboxRole.Approver, "approver"),
        new("approver2", new SimUser("U0APPROVE2", "kenji.suzuki", "Kenji Suzuki", "kenji.suzuki@example.go.jp"), SandboxRole.Approver, "approver (via @approvers)"),
        new("operator", new SimUser("U0OPERATE1", "mika.tanaka", "Mika Tanaka", "mika.tanaka@example.go.jp"), SandboxRole.Operator, "operator"),
        new("outsider", new SimUser("U0OUTSIDE1", "taro.yamada", "Taro Yamada", "taro.yamada@example.go.jp"), SandboxRole.None, "no role"),
        new SimUserGroup("S0APPROVER", "approvers", ["U0APPROVE1", "U0APPROVE2"]));

    public IReadOnlyList<SandboxPerson> People => [Approver1, Approver2, Operator, Outsider];

    public SandboxPerson? Find(string userId) => People.FirstOrDefault(p => p.Id == userId);

    /// <summary><c>Authorization:Approvers</c>: approver 1 by user id, and the group (which adds approver 2).</summary>
    public IReadOnlyList<string> ApproverIds => [Approver1.Id, Approvers.Id];

    /// <summary><c>Authorization:Operators</c>.</summary>
    public IReadOnlyList<string> OperatorIds => [Operator.Id];
}
