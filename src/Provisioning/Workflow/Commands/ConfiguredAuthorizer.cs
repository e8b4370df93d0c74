using ChatOps.Provisioning.Audit;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>Roles straight from configuration by actor id (no group expansion): for the CLI, the demo and tests.</summary>
public sealed class ConfiguredAuthorizer(IOptions<AuthorizationOptions> options) : IActorAuthorizer
{
    public Task<AuthorizationResult> AuthorizeAsync(Actor actor, RequestAction action, ProvisioningRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var settings = options.Value;
        var held = new HashSet<Role>();
        if (settings.Approvers.Contains(actor.Id, StringComparer.Ordinal))
        {
            held.Add(Role.Approver);
        }

        if (settings.Operators.Contains(actor.Id, StringComparer.Ordinal))
        {
            held.Add(Role.Operator);
        }

        return Task.FromResult(RolePolicy.Decide(actor, action, request, held, settings.FourEyes));
    }
}
