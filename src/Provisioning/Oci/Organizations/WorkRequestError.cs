namespace ChatOps.Provisioning.Oci.Organizations;

/// <summary>Why a work request failed.</summary>
internal sealed record WorkRequestError(string Code, string Message, DateTimeOffset Timestamp);
