namespace ChatOps.Provisioning.Oci;

/// <summary>An asynchronous OCI operation was accepted; progress is followed through the work request.</summary>
internal sealed record OciAccepted(string? WorkRequestId);
