using ChatOps.Sandbox.Oci.State;

namespace ChatOps.Sandbox.Oci;

/// <summary>An IAM resource as the simulator holds it; <see cref="Statements"/> only for policies.</summary>
public sealed record OciSimResource(
    SimKind Kind,
    string Id,
    string TenancyId,
    string ParentId,
    string Name,
    IReadOnlyList<string>? Statements);
