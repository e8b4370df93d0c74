namespace ChatOps.Provisioning.Applications;

/// <summary>An application that passed every check: clean, typed and safe to show.</summary>
public sealed record ValidatedApplication(
    string ApplicationId,
    OrganizationKind OrganizationKind,
    string OrganizationName,
    string? LgCode,
    string SystemName,
    UsageMode UsageMode,
    IReadOnlyList<EnvironmentPlan> Environments,
    string HomeRegion,
    IReadOnlyList<string> ExtraRegions,
    IReadOnlyList<string> AdminEmails,
    OperatorCompany? Operator,
    DateOnly? RequestedStartDate,
    DateTimeOffset? SubmittedAt)
{
    /// <summary>Home region first, then the extra ones.</summary>
    public IReadOnlyList<string> Regions => [HomeRegion, .. ExtraRegions];
}
