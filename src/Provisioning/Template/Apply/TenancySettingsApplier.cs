using ChatOps.Provisioning.Oci.CloudGuard;
using ChatOps.Provisioning.Template.Live;
using ChatOps.Provisioning.Template.Targets;
using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Template.Apply;

/// <summary>
/// Sets audit retention and turns Cloud Guard on with the template's reporting region. Both are read first, so a
/// re-run changes nothing. Cloud Guard already reporting to another region is drift the bot does not move.
/// </summary>
internal sealed class TenancySettingsApplier(TenancySettingsGateway gateway, TemplateAudit audit)
{
    public async Task<StepOutcome?> ApplyAsync(ApplyRun run, CancellationToken cancellationToken)
    {
        if (run.Rendering.Tenancy is not { } desired)
        {
            return null;
        }

        var read = await gateway.ReadAsync(run.Scope, desired.AuditRetentionDays is not null, desired.CloudGuardReportingRegion is not null, cancellationToken);
        if (!read.IsSuccess)
        {
            return TemplateErrors.FromOci(read.Error, "reading the tenancy settings").ToOutcome(run.Progress.Learned);
        }

        var live = read.Value;
        if (desired.AuditRetentionDays is { } days)
        {
            if (live.AuditRetentionDays != days)
            {
                var set = await gateway.SetRetentionAsync(run.Scope, days, cancellationToken);
                if (!set.IsSuccess)
                {
                    return TemplateErrors.FromOci(set.Error, $"setting audit retention to {days} days").ToOutcome(run.Progress.Learned);
                }

                await audit.TenancyAsync(run, TenancyComparer.Audit, $"{live.AuditRetentionDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"}", $"{days}", set.OpcRequestId, cancellationToken);
            }

            run.Progress.Set(TemplateProgressKeys.AuditRetention(run.EnvironmentKey), days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (desired.CloudGuardReportingRegion is not { } region)
        {
            return null;
        }

        if (TenancyComparer.ReportsElsewhere(live, region))
        {
            return TemplateErrors.Of(TemplateErrors.Drift, $"Cloud Guard in tenancy {run.Scope.TenancyId} already reports to {live.CloudGuardReportingRegion}, the template wants {region}; the bot does not move a reporting region. Adjust the template or Cloud Guard, then Retry.")
                .ToOutcome(run.Progress.Learned);
        }

        if (live.CloudGuardStatus != CloudGuardConfiguration.Enabled)
        {
            var enabled = await gateway.EnableCloudGuardAsync(run.Scope, region, run.RetryToken(TenancyComparer.CloudGuard), cancellationToken);
            if (!enabled.IsSuccess)
            {
                return TemplateErrors.FromOci(enabled.Error, $"enabling Cloud Guard (reporting region {region})").ToOutcome(run.Progress.Learned);
            }

            await audit.TenancyAsync(run, TenancyComparer.CloudGuard, live.CloudGuardStatus ?? "unknown", $"{CloudGuardConfiguration.Enabled} {region}", enabled.OpcRequestId, cancellationToken);
        }

        run.Progress.Set(TemplateProgressKeys.CloudGuard(run.EnvironmentKey), $"{CloudGuardConfiguration.Enabled} {region}");
        return null;
    }
}
