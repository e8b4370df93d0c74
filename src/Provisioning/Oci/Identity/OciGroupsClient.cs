using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Identity groups and dynamic groups (tenancy-level). Creates are IAM writes: pass the home region.</summary>
internal sealed class OciGroupsClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    public Task<OciResult<OciPage<Group>>> ListGroupsAsync(string region, string tenancyId, string? name, string? page, CancellationToken cancellationToken) =>
        _http.SendPageAsync<Group>(
            new("ListGroups", HttpMethod.Get, region, OciQuery.Build("groups", ("compartmentId", tenancyId), ("name", name), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<Group>>> ListAllGroupsAsync(string region, string tenancyId, string? name, CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<Group>((page, ct) => ListGroupsAsync(region, tenancyId, name, page, ct), cancellationToken);

    public Task<OciResult<Group>> GetGroupAsync(string region, string groupId, CancellationToken cancellationToken) =>
        _http.SendAsync<Group>(new("GetGroup", HttpMethod.Get, region, $"groups/{OciQuery.Segment(groupId)}"), cancellationToken);

    public Task<OciResult<Group>> CreateGroupAsync(string homeRegion, CreateGroupDetails details, string? retryToken, CancellationToken cancellationToken) =>
        _http.SendAsync<Group>(
            new("CreateGroup", HttpMethod.Post, homeRegion, "groups") { Body = details, RetryToken = retryToken },
            cancellationToken);

    public Task<OciResult<OciPage<DynamicGroup>>> ListDynamicGroupsAsync(
        string region,
        string tenancyId,
        string? name,
        string? page,
        CancellationToken cancellationToken) =>
        _http.SendPageAsync<DynamicGroup>(
            new("ListDynamicGroups", HttpMethod.Get, region, OciQuery.Build("dynamicGroups", ("compartmentId", tenancyId), ("name", name), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<DynamicGroup>>> ListAllDynamicGroupsAsync(
        string region,
        string tenancyId,
        string? name,
        CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<DynamicGroup>((page, ct) => ListDynamicGroupsAsync(region, tenancyId, name, page, ct), cancellationToken);

    public Task<OciResult<DynamicGroup>> GetDynamicGroupAsync(string region, string dynamicGroupId, CancellationToken cancellationToken) =>
        _http.SendAsync<DynamicGroup>(new("GetDynamicGroup", HttpMethod.Get, region, $"dynamicGroups/{OciQuery.Segment(dynamicGroupId)}"), cancellationToken);

    public Task<OciResult<DynamicGroup>> CreateDynamicGroupAsync(
        string homeRegion,
        CreateDynamicGroupDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<DynamicGroup>(
            new("CreateDynamicGroup", HttpMethod.Post, homeRegion, "dynamicGroups") { Body = details, RetryToken = retryToken },
            cancellationToken);
}
