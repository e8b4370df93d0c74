using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>
/// Identity (/20160918): tenancies, regions and region subscriptions. <c>region</c> is the region the call goes
/// to; subscribing is an IAM write and must go to the tenancy's home region.
/// </summary>
internal sealed class OciTenancyClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    public Task<OciResult<Tenancy>> GetTenancyAsync(string region, string tenancyId, CancellationToken cancellationToken) =>
        _http.SendAsync<Tenancy>(new("GetTenancy", HttpMethod.Get, region, $"tenancies/{OciQuery.Segment(tenancyId)}"), cancellationToken);

    public async Task<OciResult<IReadOnlyList<Region>>> ListRegionsAsync(string region, CancellationToken cancellationToken)
    {
        var result = await _http.SendPageAsync<Region>(new("ListRegions", HttpMethod.Get, region, "regions"), cancellationToken);
        return result.Map(page => page.Items);
    }

    public async Task<OciResult<IReadOnlyList<RegionSubscription>>> ListRegionSubscriptionsAsync(
        string region,
        string tenancyId,
        CancellationToken cancellationToken)
    {
        var call = new OciCall("ListRegionSubscriptions", HttpMethod.Get, region, $"tenancies/{OciQuery.Segment(tenancyId)}/regionSubscriptions");
        var result = await _http.SendPageAsync<RegionSubscription>(call, cancellationToken);
        return result.Map(page => page.Items);
    }

    /// <summary>Subscribes the tenancy to a region by key (e.g. KIX for ap-osaka-1); it starts IN_PROGRESS.</summary>
    public Task<OciResult<RegionSubscription>> CreateRegionSubscriptionAsync(
        string homeRegion,
        string tenancyId,
        string regionKey,
        string? retryToken,
        CancellationToken cancellationToken)
    {
        var call = new OciCall("CreateRegionSubscription", HttpMethod.Post, homeRegion, $"tenancies/{OciQuery.Segment(tenancyId)}/regionSubscriptions")
        {
            Body = new { regionKey },
            RetryToken = retryToken,
        };
        return _http.SendAsync<RegionSubscription>(call, cancellationToken);
    }
}
