using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Tests.Template.Support;

/// <summary>
/// The real compartment handler, except that a new compartment reports CREATING for its first reads, as OCI's
/// does for a while (the simulator makes them ACTIVE at once).
/// </summary>
internal sealed class SlowCompartmentHandler(CompartmentHandler inner, int creatingReads) : ITemplateResourceHandler
{
    private readonly Dictionary<string, int> _reads = new(StringComparer.Ordinal);

    public TemplateKind Kind => TemplateKind.Compartment;

    public void MakeActive() => creatingReads = 0;

    public async Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken) =>
        Slow(await inner.GetAsync(scope, desired, id, containerId, cancellationToken));

    public async Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken) =>
        Slow(await inner.FindAsync(scope, desired, containerId, cancellationToken));

    public Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken) =>
        inner.ListAsync(scope, containerId, cancellationToken);

    public async Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken)
    {
        var created = await inner.CreateAsync(scope, desired, containerId, retryToken, cancellationToken);
        return created.IsSuccess && creatingReads > 0
            ? OciResult<LiveResource>.Success(created.Value with { LifecycleState = OciLifecycle.Creating }, created.OpcRequestId)
            : created;
    }

    private OciResult<LiveResource?> Slow(OciResult<LiveResource?> read)
    {
        if (!read.IsSuccess || read.Value is not { } live)
        {
            return read;
        }

        var count = _reads[live.Id] = _reads.GetValueOrDefault(live.Id) + 1;
        return count <= creatingReads ? OciResult<LiveResource?>.Success(live with { LifecycleState = OciLifecycle.Creating }, read.OpcRequestId) : read;
    }
}
