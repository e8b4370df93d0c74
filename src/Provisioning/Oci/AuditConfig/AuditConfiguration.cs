namespace ChatOps.Provisioning.Oci.AuditConfig;

/// <summary>A tenancy's audit settings: how many days audit events are kept (90 to 365).</summary>
internal sealed record AuditConfiguration(int? RetentionPeriodDays);
