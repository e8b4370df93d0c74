namespace ChatOps.Sandbox.Page;

/// <summary>Policies the sandbox user applies by hand, as the administrators of a child tenancy and of the parent.</summary>
internal sealed record OciPolicyRequest(string TenancyId, string? ChildStatements, string? ParentStatements);
