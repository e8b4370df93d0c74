using ChatOps.Provisioning.Oci.CloudGuard;
using ChatOps.Provisioning.Template.Loading;
using ChatOps.Provisioning.Template.Rendering;

namespace ChatOps.Provisioning.Template.Live;

/// <summary>What differs in the tenancy settings. Every difference is enforced: these are the baseline's controls.</summary>
internal static class TenancyComparer
{
    public const string Audit = TenancySettingsBuilder.AuditRetentionDays;
    public const string CloudGuard = TenancySettingsBuilder.CloudGuard;

    public static IReadOnlyList<FieldDifference> Compare(DesiredTenancySettings desired, LiveTenancySettings live)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(live);
        var differences = new List<FieldDifference>();
        if (desired.AuditRetentionDays is { } days && live.AuditRetentionDays != days)
        {
            differences.Add(new(Audit, $"{days} days", live.AuditRetentionDays is { } actual ? $"{actual} days" : "(not set)", Enforced: true));
        }

        if (desired.CloudGuardReportingRegion is { } region && !IsEnabledIn(live, region))
        {
            differences.Add(new(CloudGuard, $"{CloudGuardConfiguration.Enabled}, reporting to {region}", Describe(live), Enforced: true));
        }

        return differences;
    }

    /// <summary>Cloud Guard is on but reports to another region, which the bot does not move (the reporting region is chosen once).</summary>
    public static bool ReportsElsewhere(LiveTenancySettings live, string region) =>
        live.CloudGuardStatus == CloudGuardConfiguration.Enabled && !string.Equals(live.CloudGuardReportingRegion, region, StringComparison.OrdinalIgnoreCase);

    private static bool IsEnabledIn(LiveTenancySettings live, string region) =>
        live.CloudGuardStatus == CloudGuardConfiguration.Enabled && string.Equals(live.CloudGuardReportingRegion, region, StringComparison.OrdinalIgnoreCase);

    private static string Describe(LiveTenancySettings live) =>
        $"{live.CloudGuardStatus ?? "(unknown)"}{(live.CloudGuardReportingRegion is { } r ? $", reporting to {r}" : string.Empty)}";
}
