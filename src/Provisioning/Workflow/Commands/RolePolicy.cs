using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>Which roles may take which action, and the four-eyes rule: the rules every authorizer applies.</summary>
public static class RolePolicy
{
    public static IReadOnlyList<Role> RolesFor(RequestAction action) => action switch
    {
        RequestAction.Approve or RequestAction.Reject => [Role.Approver],
        RequestAction.ConfirmCredentials or RequestAction.Retry => [Role.Operator],
        _ => [Role.Approver, Role.Operator],
    };

    /// <summary>Applies the rules given the roles the actor holds.</summary>
    public static AuthorizationResult Decide(Actor actor, RequestAction action, ProvisioningRequest request, IReadOnlySet<Role> held, bool fourEyes)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (actor.Kind == ActorKind.System)
        {
            return AuthorizationResult.Allow;
        }

        var needed = RolesFor(action);
        if (!needed.Any(held.Contains))
        {
            return AuthorizationResult.Deny(DenialReason.MissingRole, [.. needed]);
        }

        if (fourEyes && action == RequestAction.ConfirmCredentials && request.Approval?.Actor.Id == actor.Id)
        {
            return AuthorizationResult.Deny(DenialReason.FourEyes, [.. needed]);
        }

        return AuthorizationResult.Allow;
    }
}
