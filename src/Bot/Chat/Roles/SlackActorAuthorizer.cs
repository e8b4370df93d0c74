using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Roles;

/// <summary>The core's role rules (<see cref="RolePolicy"/>) over the roles Slack users hold, user groups included.</summary>
internal sealed class SlackActorAuthorizer(RoleDirectory roles, IOptions<AuthorizationOptions> options) : IActorAuthorizer
{
    public async Task<AuthorizationResult> AuthorizeAsync(Actor actor, RequestAction action, ProvisioningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var held = actor.Kind == ActorKind.Human ? await roles.RolesOfAsync(actor.Id, cancellationToken) : new HashSet<Role>();
        return RolePolicy.Decide(actor, action, request, held, options.Value.FourEyes);
    }
}
