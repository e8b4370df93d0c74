namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Body of UpdatePolicy; fields left null are not changed.</summary>
internal sealed record UpdatePolicyDetails(IReadOnlyList<string>? Statements = null, string? Description = null)
{
    public DateTimeOffset? VersionDate { get; init; }
}
