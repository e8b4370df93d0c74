using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.AuditConfig;
using ChatOps.Provisioning.Oci.CloudGuard;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>Reads and sets the tenancy-wide settings: audit retention (Audit API) and Cloud Guard (Cloud Guard API).</summary>
internal sealed class TenancySettingsGateway(OciAuditClient audit, OciCloudGuardClient cloudGuard)
{
    public async Task<OciResult<LiveTenancySettings>> ReadAsync(TemplateScope scope, bool auditManaged, bool cloudGuardManaged, CancellationToken cancellationToken)
    {
        int? days = null;
        if (auditManaged)
        {
            var read = await audit.GetConfigurationAsync(scope.HomeRegion, scope.TenancyId, cancellationToken);
            if (!read.IsSuccess)
            {
                return OciResult<LiveTenancySettings>.Failure(read.Error);
            }

            days = read.Value.RetentionPeriodDays;
        }

        if (!cloudGuardManaged)
        {
            return OciResult<LiveTenancySettings>.Success(new LiveTenancySettings(days, null, null), null);
        }

        var guard = await cloudGuard.GetConfigurationAsync(scope.HomeRegion, scope.TenancyId, cancellationToken);
        return guard.Map(c => new LiveTenancySettings(days, c.Status, c.ReportingRegion));
    }

    public async Task<OciResult<string?>> SetRetentionAsync(TemplateScope scope, int days, CancellationToken cancellationToken)
    {
        var result = await audit.UpdateConfigurationAsync(scope.HomeRegion, scope.TenancyId, days, cancellationToken);
        return result.Map(accepted => accepted.WorkRequestId);
    }

    public async Task<OciResult<string?>> EnableCloudGuardAsync(TemplateScope scope, string reportingRegion, string retryToken, CancellationToken cancellationToken)
    {
        var details = new UpdateCloudGuardConfigurationDetails(reportingRegion, CloudGuardConfiguration.Enabled);
        var result = await cloudGuard.UpdateConfigurationAsync(scope.HomeRegion, scope.TenancyId, details, retryToken, cancellationToken);
        return result.Map<string?>(c => c.Status);
    }
}
