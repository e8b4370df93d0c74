using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>
/// Organizations (Tenant Manager Control Plane, /20230401). Calls go to <c>Oci:Region</c>, the parent tenancy's
/// home region, unless a region is given.
/// </summary>
internal sealed class OciOrganizationsClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Organizations);

    /// <summary>Starts creating a child tenancy. Always pass a derived retry token: it makes a re-run safe.</summary>
    public Task<OciResult<OciAccepted>> CreateChildTenancyAsync(
        CreateChildTenancyDetails details,
        string retryToken,
        CancellationToken cancellationToken,
        string? region = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(retryToken);
        var call = new OciCall("CreateChildTenancy", HttpMethod.Post, region ?? _http.DefaultRegion, "childTenancies")
        {
            Body = details,
            RetryToken = retryToken,
        };
        return _http.SendAcceptedAsync(call, cancellationToken);
    }

    public Task<OciResult<WorkRequest>> GetWorkRequestAsync(string workRequestId, CancellationToken cancellationToken, string? region = null) =>
        _http.SendAsync<WorkRequest>(Get("GetWorkRequest", region, $"workRequests/{OciQuery.Segment(workRequestId)}"), cancellationToken);

    public Task<OciResult<OciPage<WorkRequestError>>> ListWorkRequestErrorsAsync(
        string workRequestId,
        string? page,
        CancellationToken cancellationToken,
        string? region = null) =>
        _http.SendPageAsync<WorkRequestError>(
            Get("ListWorkRequestErrors", region, OciQuery.Build($"workRequests/{OciQuery.Segment(workRequestId)}/errors", ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<WorkRequestError>>> ListAllWorkRequestErrorsAsync(
        string workRequestId,
        CancellationToken cancellationToken,
        string? region = null) =>
        OciPaging.CollectAsync<WorkRequestError>((page, ct) => ListWorkRequestErrorsAsync(workRequestId, page, ct, region), cancellationToken);

    /// <summary>Organizations whose parent is <paramref name="compartmentId"/> (the parent tenancy OCID).</summary>
    public Task<OciResult<OciPage<OrganizationSummary>>> ListOrganizationsAsync(
        string compartmentId,
        string? page,
        CancellationToken cancellationToken,
        string? region = null) =>
        _http.SendPageAsync<OrganizationSummary>(
            Get("ListOrganizations", region, OciQuery.Build("organizations", ("compartmentId", compartmentId), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<OrganizationSummary>>> ListAllOrganizationsAsync(
        string compartmentId,
        CancellationToken cancellationToken,
        string? region = null) =>
        OciPaging.CollectAsync<OrganizationSummary>((page, ct) => ListOrganizationsAsync(compartmentId, page, ct, region), cancellationToken);

    public Task<OciResult<OrganizationTenancy>> GetOrganizationTenancyAsync(
        string organizationId,
        string tenancyId,
        CancellationToken cancellationToken,
        string? region = null) =>
        _http.SendAsync<OrganizationTenancy>(
            Get("GetOrganizationTenancy", region, $"organizations/{OciQuery.Segment(organizationId)}/tenancies/{OciQuery.Segment(tenancyId)}"),
            cancellationToken);

    public Task<OciResult<OciPage<OrganizationTenancy>>> ListOrganizationTenanciesAsync(
        string organizationId,
        string? page,
        CancellationToken cancellationToken,
        string? region = null) =>
        _http.SendPageAsync<OrganizationTenancy>(
            Get("ListOrganizationTenancies", region, OciQuery.Build($"organizations/{OciQuery.Segment(organizationId)}/tenancies", ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<OrganizationTenancy>>> ListAllOrganizationTenanciesAsync(
        string organizationId,
        CancellationToken cancellationToken,
        string? region = null) =>
        OciPaging.CollectAsync<OrganizationTenancy>((page, ct) => ListOrganizationTenanciesAsync(organizationId, page, ct, region), cancellationToken);

    private OciCall Get(string operation, string? region, string path) =>
        new(operation, HttpMethod.Get, region ?? _http.DefaultRegion, path);
}
