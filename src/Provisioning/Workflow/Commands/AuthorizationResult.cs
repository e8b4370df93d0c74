namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>Whether an actor may take an action; when not, why and which roles would allow it.</summary>
public sealed record AuthorizationResult(bool Allowed, DenialReason? Reason = null, IReadOnlyList<Role>? Roles = null)
{
    public static AuthorizationResult Allow { get; } = new(true);

    public static AuthorizationResult Deny(DenialReason reason, params Role[] roles) => new(false, reason, roles);
}
