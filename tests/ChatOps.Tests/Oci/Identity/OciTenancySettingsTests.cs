using ChatOps.Provisioning.Oci.AuditConfig;
using ChatOps.Provisioning.Oci.CloudGuard;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Oci.Identity;

public class OciTenancySettingsTests
{
    [Fact]
    public async Task Audit_retention_is_read_and_updated()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("kobecity", OciTestHost.Osaka);
        var audit = host.Get<OciAuditClient>();

        var before = await audit.GetConfigurationAsync(OciTestHost.Osaka, childId, CancellationToken.None);
        var update = await host.RunAsync(() => audit.UpdateConfigurationAsync(OciTestHost.Osaka, childId, 180, CancellationToken.None));
        var after = await audit.GetConfigurationAsync(OciTestHost.Osaka, childId, CancellationToken.None);
        var invalid = await host.RunAsync(() => audit.UpdateConfigurationAsync(OciTestHost.Osaka, childId, 30, CancellationToken.None));

        Assert.Equal(365, before.Value!.RetentionPeriodDays);
        Assert.NotNull(update.Value!.WorkRequestId);
        Assert.Equal(180, after.Value!.RetentionPeriodDays);
        Assert.Equal(180, host.Simulator.AuditRetentionDays(childId));
        Assert.Equal(400, invalid.Error?.HttpStatus);
    }

    [Fact]
    public async Task Cloud_guard_is_enabled_with_the_home_region_reporting()
    {
        await using var host = await OciTestHost.StartAsync();
        var childId = await host.CreateChildTenancyAsync("nagoyacity", OciTestHost.Osaka);
        var cloudGuard = host.Get<OciCloudGuardClient>();

        var before = await cloudGuard.GetConfigurationAsync(OciTestHost.Osaka, childId, CancellationToken.None);
        var enabled = await host.RunAsync(() => cloudGuard.UpdateConfigurationAsync(
            OciTestHost.Osaka, childId, new UpdateCloudGuardConfigurationDetails(OciTestHost.Osaka, CloudGuardConfiguration.Enabled), "cg", CancellationToken.None));

        Assert.False(before.Value!.IsEnabled);
        Assert.True(enabled.Value!.IsEnabled);
        Assert.Equal(OciTestHost.Osaka, enabled.Value.ReportingRegion);
        Assert.Equal(("ENABLED", OciTestHost.Osaka), host.Simulator.CloudGuard(childId));
    }
}
