using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Identity tag namespaces and tag definitions. Creates are IAM writes: pass the tenancy's home region.</summary>
internal sealed class OciTagsClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    public Task<OciResult<OciPage<TagNamespace>>> ListTagNamespacesAsync(string region, string compartmentId, string? page, CancellationToken cancellationToken) =>
        _http.SendPageAsync<TagNamespace>(
            new("ListTagNamespaces", HttpMethod.Get, region, OciQuery.Build("tagNamespaces", ("compartmentId", compartmentId), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<TagNamespace>>> ListAllTagNamespacesAsync(string region, string compartmentId, CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<TagNamespace>((page, ct) => ListTagNamespacesAsync(region, compartmentId, page, ct), cancellationToken);

    public Task<OciResult<TagNamespace>> GetTagNamespaceAsync(string region, string tagNamespaceId, CancellationToken cancellationToken) =>
        _http.SendAsync<TagNamespace>(new("GetTagNamespace", HttpMethod.Get, region, $"tagNamespaces/{OciQuery.Segment(tagNamespaceId)}"), cancellationToken);

    public Task<OciResult<TagNamespace>> CreateTagNamespaceAsync(
        string homeRegion,
        CreateTagNamespaceDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<TagNamespace>(
            new("CreateTagNamespace", HttpMethod.Post, homeRegion, "tagNamespaces") { Body = details, RetryToken = retryToken },
            cancellationToken);

    public Task<OciResult<OciPage<Tag>>> ListTagsAsync(string region, string tagNamespaceId, string? page, CancellationToken cancellationToken) =>
        _http.SendPageAsync<Tag>(
            new("ListTags", HttpMethod.Get, region, OciQuery.Build($"tagNamespaces/{OciQuery.Segment(tagNamespaceId)}/tags", ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<Tag>>> ListAllTagsAsync(string region, string tagNamespaceId, CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<Tag>((page, ct) => ListTagsAsync(region, tagNamespaceId, page, ct), cancellationToken);

    public Task<OciResult<Tag>> GetTagAsync(string region, string tagNamespaceId, string tagName, CancellationToken cancellationToken) =>
        _http.SendAsync<Tag>(
            new("GetTag", HttpMethod.Get, region, $"tagNamespaces/{OciQuery.Segment(tagNamespaceId)}/tags/{OciQuery.Segment(tagName)}"),
            cancellationToken);

    public Task<OciResult<Tag>> CreateTagAsync(
        string homeRegion,
        string tagNamespaceId,
        CreateTagDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<Tag>(
            new("CreateTag", HttpMethod.Post, homeRegion, $"tagNamespaces/{OciQuery.Segment(tagNamespaceId)}/tags") { Body = details, RetryToken = retryToken },
            cancellationToken);
}
