namespace ChatOps.Provisioning.Gcas;

/// <summary>RFC 9457 problem details as GCAS sends them, with the optional <c>errors</c> member (field → messages).</summary>
public sealed record GcasProblem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? Instance,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Errors = null);
