using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>
/// Reads and creates one kind of resource. <c>containerId</c> is the OCID of where it lives (compartment,
/// tenancy, or a tag's namespace). Reads answer null for "not there"; errors are values.
/// </summary>
internal interface ITemplateResourceHandler
{
    TemplateKind Kind { get; }

    /// <summary>By a recorded OCID; null when gone (404 or deleted).</summary>
    Task<OciResult<LiveResource?>> GetAsync(TemplateScope scope, DesiredResource desired, string id, string containerId, CancellationToken cancellationToken);

    /// <summary>By name in its container, ignoring case as OCI does; deleted ones do not count.</summary>
    Task<OciResult<LiveResource?>> FindAsync(TemplateScope scope, DesiredResource desired, string containerId, CancellationToken cancellationToken);

    /// <summary>Everything of this kind in the container that is not deleted (for finding leftovers).</summary>
    Task<OciResult<IReadOnlyList<LiveResource>>> ListAsync(TemplateScope scope, string containerId, CancellationToken cancellationToken);

    Task<OciResult<LiveResource>> CreateAsync(TemplateScope scope, DesiredResource desired, string containerId, string retryToken, CancellationToken cancellationToken);
}
