using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>Identity compartments. Creates are IAM writes: pass the tenancy's home region.</summary>
internal sealed class OciCompartmentsClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Identity);

    /// <summary>Direct children of <paramref name="parentCompartmentId"/>, optionally only those named <paramref name="name"/>.</summary>
    public Task<OciResult<OciPage<Compartment>>> ListCompartmentsAsync(
        string region,
        string parentCompartmentId,
        string? name,
        string? page,
        CancellationToken cancellationToken) =>
        _http.SendPageAsync<Compartment>(
            new("ListCompartments", HttpMethod.Get, region, OciQuery.Build("compartments", ("compartmentId", parentCompartmentId), ("name", name), ("page", page))),
            cancellationToken);

    public Task<OciResult<IReadOnlyList<Compartment>>> ListAllCompartmentsAsync(
        string region,
        string parentCompartmentId,
        string? name,
        CancellationToken cancellationToken) =>
        OciPaging.CollectAsync<Compartment>((page, ct) => ListCompartmentsAsync(region, parentCompartmentId, name, page, ct), cancellationToken);

    public Task<OciResult<Compartment>> GetCompartmentAsync(string region, string compartmentId, CancellationToken cancellationToken) =>
        _http.SendAsync<Compartment>(new("GetCompartment", HttpMethod.Get, region, $"compartments/{OciQuery.Segment(compartmentId)}"), cancellationToken);

    public Task<OciResult<Compartment>> CreateCompartmentAsync(
        string homeRegion,
        CreateCompartmentDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<Compartment>(
            new("CreateCompartment", HttpMethod.Post, homeRegion, "compartments") { Body = details, RetryToken = retryToken },
            cancellationToken);
}
