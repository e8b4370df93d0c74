namespace ChatOps.Provisioning.Gcas;

/// <summary>
/// One status event for one GCAS application, delivered at least once and in order per application.
/// GCAS deduplicates on <paramref name="IdempotencyKey"/>; <paramref name="Sequence"/> orders events of one application.
/// </summary>
public sealed record GcasStatusEvent(
    string ApplicationId,
    long Sequence,
    string Status,
    string IdempotencyKey,
    DateTimeOffset OccurredAt,
    string? Step = null,
    string? Message = null,
    IReadOnlyList<string>? Reasons = null,
    IReadOnlyList<ProvisionedTenancy>? Tenancies = null);
