using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Identity tag defaults. Creates are IAM writes: pass the tenancy's home region.</summary>
internal sealed class OciTagDefaultsClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    public Task<OciResult<OciPage<TagDefault>>> ListTagDefaultsAsync(
        string region,
        string compartmentId,
        string? tagDefinitionId,
        string? page,
        CancellationToken cancellationToken) =>
        _http.SendPageAsync<TagDefault>(
            new("ListTagDefaults", HttpMethod.Get, region, OciQuery.Build("tagDefaults", ("compartmentId", compartmentId), ("tagDefinitionId", tagDefinitionId), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<TagDefault>>> ListAllTagDefaultsAsync(
        string region,
        string compartmentId,
        string? tagDefinitionId,
        CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<TagDefault>((page, ct) => ListTagDefaultsAsync(region, compartmentId, tagDefinitionId, page, ct), cancellationToken);

    public Task<OciResult<TagDefault>> GetTagDefaultAsync(string region, string tagDefaultId, CancellationToken cancellationToken) =>
        _http.SendAsync<TagDefault>(new("GetTagDefault", HttpMethod.Get, region, $"tagDefaults/{OciQuery.Segment(tagDefaultId)}"), cancellationToken);

    public Task<OciResult<TagDefault>> CreateTagDefaultAsync(
        string homeRegion,
        CreateTagDefaultDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<TagDefault>(
            new("CreateTagDefault", HttpMethod.Post, homeRegion, "tagDefaults") { Body = details, RetryToken = retryToken },
            cancellationToken);
}
