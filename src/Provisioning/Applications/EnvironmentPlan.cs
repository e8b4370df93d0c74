namespace ChatOps.Provisioning.Applications;

/// <summary>
/// One environment to hand over. <paramref name="Key"/> (e.g. <c>prd</c>, <c>stg-2</c>) names it in progress
/// records; <paramref name="TenancyName"/> is the OCI tenancy name (single use) or compartment name (shared use).
/// </summary>
public sealed record EnvironmentPlan(EnvironmentType Type, int Index, string Key, string TenancyName);
