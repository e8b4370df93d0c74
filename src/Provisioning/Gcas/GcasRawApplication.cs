namespace ChatOps.Provisioning.Gcas;

/// <summary>
/// One application exactly as GCAS sent it. <see cref="RawJson"/> is kept even when malformed so the validator
/// can reject it with reasons; <see cref="ApplicationId"/> is null when a listed item has no string
/// <c>applicationId</c>.
/// </summary>
public sealed record GcasRawApplication(string? ApplicationId, string RawJson);
