namespace ChatOps.Provisioning.Gcas;

/// <summary>One environment handed over: what GCAS is told on completion.</summary>
public sealed record ProvisionedTenancy(
    string Environment,
    string TenancyId,
    string TenancyName,
    string HomeRegion,
    string ConsoleUrl);
