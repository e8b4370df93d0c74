using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.CloudGuard;

/// <summary>Cloud Guard (/20200131) tenancy configuration; <c>tenancyId</c> is sent as compartmentId.</summary>
internal sealed class OciCloudGuardClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.CloudGuard);

    public Task<OciResult<CloudGuardConfiguration>> GetConfigurationAsync(string region, string tenancyId, CancellationToken cancellationToken) =>
        _http.SendAsync<CloudGuardConfiguration>(
            new("GetConfiguration", HttpMethod.Get, region, OciQuery.Build("configuration", ("compartmentId", tenancyId))),
            cancellationToken);

    public Task<OciResult<CloudGuardConfiguration>> UpdateConfigurationAsync(
        string region,
        string tenancyId,
        UpdateCloudGuardConfigurationDetails details,
        string? retryToken,
        CancellationToken cancellationToken) =>
        _http.SendAsync<CloudGuardConfiguration>(
            new("UpdateConfiguration", HttpMethod.Put, region, OciQuery.Build("configuration", ("compartmentId", tenancyId)))
            {
                Body = details,
                RetryToken = retryToken,
            },
            cancellationToken);
}
