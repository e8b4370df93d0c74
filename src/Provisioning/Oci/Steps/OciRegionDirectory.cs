using System.Collections.Concurrent;
using ChatOps.Provisioning.Oci.Identity;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// Region names and keys (ap-osaka-1 ⇄ KIX) from ListRegions, and tenancies' home regions from GetTenancy, both
/// fetched once and kept: neither changes while the process runs. A failed fetch is not kept, so the next
/// caller tries again.
/// </summary>
internal sealed class OciRegionDirectory(OciTenancyClient tenancies, IOptions<OciOptions> options)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _homeRegions = new(StringComparer.Ordinal);
    private IReadOnlyList<Region>? _regions;

    public async Task<OciResult<IReadOnlyList<Region>>> RegionsAsync(CancellationToken cancellationToken)
    {
        if (_regions is { } known)
        {
            return OciResult<IReadOnlyList<Region>>.Success(known, null);
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_regions is { } fetched)
            {
                return OciResult<IReadOnlyList<Region>>.Success(fetched, null);
            }

            var result = await tenancies.ListRegionsAsync(options.Value.Region!, cancellationToken);
            if (result.IsSuccess)
            {
                _regions = result.Value;
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The key of a region name (KIX for ap-osaka-1), or null when OCI does not know the region.</summary>
    public async Task<OciResult<string?>> KeyOfAsync(string regionName, CancellationToken cancellationToken)
    {
        var regions = await RegionsAsync(cancellationToken);
        return regions.Map(list => list.FirstOrDefault(r => r.Name.Equals(regionName, StringComparison.OrdinalIgnoreCase))?.Key);
    }

    /// <summary>The name of a tenancy's home region, where its IAM writes must go.</summary>
    public async Task<OciResult<string?>> HomeRegionOfAsync(string tenancyId, CancellationToken cancellationToken)
    {
        if (_homeRegions.TryGetValue(tenancyId, out var cached))
        {
            return OciResult<string?>.Success(cached, null);
        }

        var tenancy = await tenancies.GetTenancyAsync(options.Value.Region!, tenancyId, cancellationToken);
        if (!tenancy.IsSuccess)
        {
            return OciResult<string?>.Failure(tenancy.Error);
        }

        var regions = await RegionsAsync(cancellationToken);
        var home = regions.Map(list => list.FirstOrDefault(r => r.Key.Equals(tenancy.Value.HomeRegionKey, StringComparison.OrdinalIgnoreCase))?.Name);
        if (home is { IsSuccess: true, Value: { } name })
        {
            _homeRegions[tenancyId] = name;
        }

        return home;
    }
}
