namespace ChatOps.Provisioning.Template.Rendering;

/// <summary>The tenancy settings a target should have; null members are not managed by the template.</summary>
internal sealed record DesiredTenancySettings(int? AuditRetentionDays, string? CloudGuardReportingRegion);
