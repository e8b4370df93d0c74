using ChatOps.Provisioning.Template.Model;
using ChatOps.Provisioning.Template.Yaml;

namespace ChatOps.Provisioning.Template.Loading;

/// <summary>Reads the <c>tenancy</c> section: audit retention, Cloud Guard, usage.</summary>
internal static class TenancySettingsBuilder
{
    public const string AuditRetentionDays = "audit_retention_days";
    public const string CloudGuard = "cloud_guard";
    public const string Enabled = "enabled";
    public const string ReportingRegion = "reporting_region";

    public static TemplateTenancySettings? Build(NodeReader reader, TemplateEntry entry)
    {
        if (reader.Mapping(entry.Value, "'tenancy'") is not { } body)
        {
            return null;
        }

        var settings = new TemplateTenancySettings(entry.Key.At);
        foreach (var field in reader.Entries(body, [AuditRetentionDays, CloudGuard, TemplateFields.Usage], "in 'tenancy'"))
        {
            switch (field.Key.Value)
            {
                case AuditRetentionDays:
                    settings = settings with { AuditRetentionDays = reader.Integer(field.Value, $"'{AuditRetentionDays}'"), AuditRetentionAt = field.Value.At };
                    break;
                case CloudGuard:
                    settings = ReadCloudGuard(reader, field, settings);
                    break;
                default:
                    settings = settings with { Usage = reader.Usage(field.Value, "'usage' in 'tenancy'") ?? TemplateUsage.Any };
                    break;
            }
        }

        return settings;
    }

    private static TemplateTenancySettings ReadCloudGuard(NodeReader reader, TemplateEntry entry, TemplateTenancySettings settings)
    {
        if (reader.Mapping(entry.Value, "'cloud_guard'") is not { } body)
        {
            return settings;
        }

        foreach (var field in reader.Entries(body, [Enabled, ReportingRegion], "in 'cloud_guard'"))
        {
            settings = field.Key.Value == Enabled
                ? settings with { CloudGuardEnabled = reader.Boolean(field.Value, "'enabled' in 'cloud_guard'") ?? false }
                : settings with { CloudGuardReportingRegion = reader.Text(field.Value, "'reporting_region' in 'cloud_guard'") };
        }

        if (!body.Entries.Any(e => e.Key.Value == Enabled))
        {
            reader.Problem(entry.Key.At, "missing required field 'enabled' in 'cloud_guard'");
        }

        if (settings.CloudGuardEnabled && !body.Entries.Any(e => e.Key.Value == ReportingRegion))
        {
            reader.Problem(entry.Key.At, "missing required field 'reporting_region' in 'cloud_guard' (usually \"{{home_region}}\")");
        }

        return settings;
    }
}
