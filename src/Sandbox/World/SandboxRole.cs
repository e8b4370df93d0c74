namespace ChatOps.Sandbox.World;

/// <summary>What a member of the sandbox workspace may do, as the bot's <c>Authorization</c> settings say.</summary>
public enum SandboxRole
{
    Approver,
    Operator,
    None,
}
