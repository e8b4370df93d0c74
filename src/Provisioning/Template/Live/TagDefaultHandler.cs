using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Tag defaults: at most one per tag definition and compartment, so that pair is their identity.</summary>
internal sealed class TagDefaultHandler(OciTagDefaultsClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.TagDefault;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Found(await client.GetTagDefaultAsync(scope.HomeRegion, id, cancellationToken), Map);

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken)
    {
        if (desired.TagId is null)
        {
            return OciResult<LiveResource?>.Success(null, null);
        }

        var listed = LiveResults.Listed(await client.ListAllTagDefaultsAsync(scope.HomeRegion, containerId, desired.TagId, cancellationToken), Map);
        return listed.Map<LiveResource?>(items => items.FirstOrDefault());
    }

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllTagDefaultsAsync(scope.HomeRegion, containerId, null, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreateTagDefaultDetails(containerId, desired.TagId!, desired.Value!) { IsRequired = desired.Flag };
        return LiveResults.Created(await client.CreateTagDefaultAsync(scope.HomeRegion, details, retryToken, cancellationToken), Map);
    }

    private static LiveResource Map(TagDefault d) =>
        new(d.Id, d.TagDefinitionName, d.LifecycleState) { Value = d.Value, Flag = d.IsRequired };
}
