using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Tag namespaces; the list call has no name filter, so finding one reads the compartment's list.</summary>
internal sealed class TagNamespaceHandler(OciTagsClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.TagNamespace;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Found(await client.GetTagNamespaceAsync(scope.HomeRegion, id, cancellationToken), Map);

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Named(await ListAsync(scope, containerId, cancellationToken), desired.Name);

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllTagNamespacesAsync(scope.HomeRegion, containerId, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreateTagNamespaceDetails(containerId, desired.Name, desired.Description) { FreeformTags = ManagedTags.For(scope) };
        return LiveResults.Created(await client.CreateTagNamespaceAsync(scope.HomeRegion, details, retryToken, cancellationToken), Map);
    }

    // A retired namespace still exists but accepts no new tags: it counts as inactive.
    private static LiveResource Map(TagNamespace n) =>
        new(n.Id, n.Name, n.IsRetired ? OciLifecycle.Inactive : n.LifecycleState) { Description = n.Description, FreeformTags = n.FreeformTags };
}
