namespace ChatOps.Provisioning.Workflow.Ports;

/// <summary>The exact policy statements an operator applies for each child tenancy of a request.</summary>
public sealed record CredentialInstructions(IReadOnlyList<TenancyCredentialInstruction> Tenancies);
