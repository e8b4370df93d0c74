namespace ChatOps.Provisioning.Template.Live;

/// <summary>A tenancy's audit retention and Cloud Guard state as read.</summary>
internal sealed record LiveTenancySettings(int? AuditRetentionDays, string? CloudGuardStatus, string? CloudGuardReportingRegion);
