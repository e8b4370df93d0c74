using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Identity policies. Creates and updates are IAM writes: pass the tenancy's home region.</summary>
internal sealed class OciPoliciesClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    public Task<OciResult<OciPage<Policy>>> ListPoliciesAsync(
        string region,
        string compartmentId,
        string? name,
        string? page,
        CancellationToken cancellationToken) =>
        _http.SendPageAsync<Policy>(
            new("ListPolicies", HttpMethod.Get, region, OciQuery.Build("policies", ("compartmentId", compartmentId), ("name", name), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<Policy>>> ListAllPoliciesAsync(string region, string compartmentId, string? name, CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<Policy>((page, ct) => ListPoliciesAsync(region, compartmentId, name, page, ct), cancellationToken);

    public Task<OciResult<Policy>> GetPolicyAsync(string region, string policyId, CancellationToken cancellationToken) =>
        _http.SendAsync<Policy>(new("GetPolicy", HttpMethod.Get, region, $"policies/{OciQuery.Segment(policyId)}"), cancellationToken);

    public Task<OciResult<Policy>> CreatePolicyAsync(string homeRegion, CreatePolicyDetails details, string? retryToken, CancellationToken cancellationToken) =>
        _http.SendAsync<Policy>(
            new("CreatePolicy", HttpMethod.Post, homeRegion, "policies") { Body = details, RetryToken = retryToken },
            cancellationToken);

    /// <summary>
    /// Replaces the policy's statements. UpdatePolicy takes no retry token, so it is sent once; it is idempotent,
    /// so a caller may simply call it again. <paramref name="ifMatch"/> guards against concurrent edits.
    /// </summary>
    public Task<OciResult<Policy>> UpdatePolicyAsync(
        string homeRegion,
        string policyId,
        UpdatePolicyDetails details,
        string? ifMatch,
        CancellationToken cancellationToken) =>
        _http.SendAsync<Policy>(
            new("UpdatePolicy", HttpMethod.Put, homeRegion, $"policies/{OciQuery.Segment(policyId)}") { Body = details, IfMatch = ifMatch },
            cancellationToken);
}
