using ChatOps.Provisioning.Audit;

namespace ChatOps.Provisioning.Workflow.Commands;

/// <summary>Decides who may do what. The chat layer supplies one that also knows user groups.</summary>
public interface IActorAuthorizer
{
    Task<AuthorizationResult> AuthorizeAsync(Actor actor, RequestAction action, ProvisioningRequest request, CancellationToken cancellationToken);
}
