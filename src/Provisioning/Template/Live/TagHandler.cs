using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Tag definitions; their container is the namespace. OCI reads a tag by namespace and name, not by OCID.</summary>
internal sealed class TagHandler(OciTagsClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.Tag;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken)
    {
        var found = LiveResults.Found(await client.GetTagAsync(scope.HomeRegion, containerId, desired.Name, cancellationToken), Map);
        return found.IsSuccess && found.Value is { } tag && tag.Id != id ? OciResult<LiveResource?>.Success(null, found.OpcRequestId) : found;
    }

    // The list leaves out cost tracking, so a found tag is read once more in full.
    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken)
    {
        var named = LiveResults.Named(await ListAsync(scope, containerId, cancellationToken), desired.Name);
        return named.IsSuccess && named.Value is { } tag
            ? LiveResults.Found(await client.GetTagAsync(scope.HomeRegion, containerId, tag.Name, cancellationToken), Map)
            : named;
    }

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllTagsAsync(scope.HomeRegion, containerId, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreateTagDetails(desired.Name, desired.Description) { IsCostTracking = desired.Flag };
        return LiveResults.Created(await client.CreateTagAsync(scope.HomeRegion, containerId, details, retryToken, cancellationToken), Map);
    }

    private static LiveResource Map(Tag t) =>
        new(t.Id, t.Name, t.IsRetired ? OciLifecycle.Inactive : t.LifecycleState) { Description = t.Description, Flag = t.IsCostTracking };
}
