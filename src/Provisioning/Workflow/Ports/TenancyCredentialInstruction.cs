namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>
/// For one child tenancy: the statements to add in the child (admit the bot's identity) and in the parent
/// (endorse it), with the policy names to use.
/// </summary>
public sealed record TenancyCredentialInstruction(
    string Environment,
    string TenancyName,
    string TenancyId,
    string ChildPolicyName,
    IReadOnlyList<string> ChildStatements,
    string ParentPolicyName,
    IReadOnlyList<string> ParentStatements);
