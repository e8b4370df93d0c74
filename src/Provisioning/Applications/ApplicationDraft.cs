namespace ChatOps.Provisioning.Applications;

/// <summary>An application as read from JSON, before any rule: every value may be missing.</summary>
internal sealed record ApplicationDraft
{
    public string? ApplicationId { get; init; }

    public string? SubmittedAt { get; init; }

    public string? Csp { get; init; }

    public string? Kind { get; init; }

    public string? OrganizationName { get; init; }

    public string? LgCode { get; init; }

    public string? SystemName { get; init; }

    public string? UsageMode { get; init; }

    public IReadOnlyList<EnvironmentRequest>? Environments { get; init; }

    public string? HomeRegion { get; init; }

    public IReadOnlyList<string?> ExtraRegions { get; init; } = [];

    public IReadOnlyList<string?>? AdminEmails { get; init; }

    public bool HasOperator { get; init; }

    public string? OperatorCompanyName { get; init; }

    public string? OperatorContactEmail { get; init; }

    public string? RequestedStartDate { get; init; }
}
