using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Groups live in the tenancy itself, whatever the root compartment is.</summary>
internal sealed class GroupHandler(OciGroupsClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.Group;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Found(await client.GetGroupAsync(scope.HomeRegion, id, cancellationToken), Map);

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Named(LiveResults.Listed(await client.ListAllGroupsAsync(scope.HomeRegion, scope.TenancyId, desired.Name, cancellationToken), Map), desired.Name);

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllGroupsAsync(scope.HomeRegion, scope.TenancyId, null, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreateGroupDetails(scope.TenancyId, desired.Name, desired.Description) { FreeformTags = ManagedTags.For(scope) };
        return LiveResults.Created(await client.CreateGroupAsync(scope.HomeRegion, details, retryToken, cancellationToken), Map);
    }

    private static LiveResource Map(Group g) =>
        new(g.Id, g.Name, g.LifecycleState) { Description = g.Description, FreeformTags = g.FreeformTags };
}
