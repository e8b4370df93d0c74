using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

internal sealed class PolicyHandler(OciPoliciesClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.Policy;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Found(await client.GetPolicyAsync(scope.HomeRegion, id, cancellationToken), Map);

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Named(LiveResults.Listed(await client.ListAllPoliciesAsync(scope.HomeRegion, containerId, desired.Name, cancellationToken), Map), desired.Name);

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllPoliciesAsync(scope.HomeRegion, containerId, null, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreatePolicyDetails(containerId, desired.Name, desired.Statements, desired.Description) { FreeformTags = ManagedTags.For(scope) };
        return LiveResults.Created(await client.CreatePolicyAsync(scope.HomeRegion, details, retryToken, cancellationToken), Map);
    }

    /// <summary>Rewrites statements and description of a policy the bot owns; the etag guards against a concurrent edit.</summary>
    public async Task<OciResult<LiveResource>> UpdateAsync(TemplateScope scope, DesiredResource desired, LiveResource live, CancellationToken cancellationToken) =>
        LiveResults.Created(
            await client.UpdatePolicyAsync(scope.HomeRegion, live.Id, new UpdatePolicyDetails(desired.Statements, desired.Description), live.ETag, cancellationToken),
            Map);

    private static LiveResource Map(Policy p) =>
        new(p.Id, p.Name, p.LifecycleState) { Description = p.Description, Statements = p.Statements, FreeformTags = p.FreeformTags };
}
