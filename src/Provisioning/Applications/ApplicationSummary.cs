namespace ChatOps.Provisioning.Applications;

/// <summary>
/// What can be shown about an application even when it is malformed: every value sanitised, any of them
/// possibly missing. Cards and threads are built from this, never from the raw payload.
/// </summary>
public sealed record ApplicationSummary(
    string? ApplicationId,
    string? OrganizationName,
    string? LgCode,
    string? SystemName,
    string? UsageMode,
    string? Environments,
    string? Regions,
    string? AdminEmail)
{
    public static ApplicationSummary Empty { get; } = new(null, null, null, null, null, null, null, null);
}
