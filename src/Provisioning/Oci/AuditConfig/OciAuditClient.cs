using ChatOps.Provisioning.Oci.Http;

namespace ChatOps.Provisioning.Oci.AuditConfig;

/// <summary>Audit (/20190901) configuration of a tenancy; <c>compartmentId</c> is the tenancy OCID.</summary>
internal sealed class OciAuditClient(OciHttpFactory factory)
{
    private readonly OciHttp _http = factory.For(OciService.Audit);

    public Task<OciResult<AuditConfiguration>> GetConfigurationAsync(string region, string tenancyId, CancellationToken cancellationToken) =>
        _http.SendAsync<AuditConfiguration>(
            new("GetConfiguration", HttpMethod.Get, region, OciQuery.Build("configuration", ("compartmentId", tenancyId))),
            cancellationToken);

    /// <summary>Sets the retention; the service answers with a work request id and no body. Idempotent, sent once.</summary>
    public Task<OciResult<OciAccepted>> UpdateConfigurationAsync(
        string region,
        string tenancyId,
        int retentionPeriodDays,
        CancellationToken cancellationToken) =>
        _http.SendAcceptedAsync(
            new("UpdateConfiguration", HttpMethod.Put, region, OciQuery.Build("configuration", ("compartmentId", tenancyId)))
            {
                Body = new { retentionPeriodDays },
            },
            cancellationToken);
}
