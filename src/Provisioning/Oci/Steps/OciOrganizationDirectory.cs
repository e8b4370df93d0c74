using ChatOps.Provisioning.Oci.Organizations;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>The organization whose parent is <c>Oci:ParentTenancyId</c>, looked up once and kept.</summary>
internal sealed class OciOrganizationDirectory(OciOrganizationsClient organizations, IOptions<OciOptions> options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _organizationId;

    /// <summary>The organization id; a failed call, or a null value when the parent has no organization.</summary>
    public async Task<OciResult<string?>> OrganizationIdAsync(CancellationToken cancellationToken)
    {
        if (_organizationId is { } known)
        {
            return OciResult<string?>.Success(known, null);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_organizationId is { } fetched)
            {
                return OciResult<string?>.Success(fetched, null);
            }

            var result = await organizations.ListAllOrganizationsAsync(options.Value.ParentTenancyId!, cancellationToken);
            var found = result.Map(list => list.FirstOrDefault(o => o.LifecycleState == "ACTIVE")?.Id ?? list.FirstOrDefault()?.Id);
            _organizationId = found.Value;
            return found;
        }
        finally
        {
            _gate.Release();
        }
    }
}
