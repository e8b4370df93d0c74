using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

internal sealed class CompartmentHandler(OciCompartmentsClient client) : ITemplateResourceHandler
{
    public TemplateKind Kind => TemplateKind.Compartment;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Found(await client.GetCompartmentAsync(scope.HomeRegion, id, cancellationToken), Map);

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Named(LiveResults.Listed(await client.ListAllCompartmentsAsync(scope.HomeRegion, containerId, desired.Name, cancellationToken), Map), desired.Name);

    public async Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        LiveResults.Listed(await client.ListAllCompartmentsAsync(scope.HomeRegion, containerId, null, cancellationToken), Map);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var details = new CreateCompartmentDetails(containerId, desired.Name, desired.Description) { FreeformTags = ManagedTags.For(scope) };
        return LiveResults.Created(await client.CreateCompartmentAsync(scope.HomeRegion, details, retryToken, cancellationToken), Map);
    }

    private static LiveResource Map(Compartment c) =>
        new(c.Id, c.Name, c.LifecycleState) { Description = c.Description, FreeformTags = c.FreeformTags };
}
