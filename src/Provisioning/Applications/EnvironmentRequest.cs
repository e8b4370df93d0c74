namespace ChatOps.Provisioning.Applications;

/// <summary>One <c>environments[]</c> entry as sent: a type label and a count, either possibly missing.</summary>
internal sealed record EnvironmentRequest(string? Type, int? Count);
