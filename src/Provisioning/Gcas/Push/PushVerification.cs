namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>Who pushed (the verified service account), or why the push is refused. Never contains the token.</summary>
public sealed record PushVerification(PushVerificationStatus Status, string? ServiceAccount, string? Reason)
{
    public bool IsVerified => Status == PushVerificationStatus.Verified;

    public static PushVerification Verified(string serviceAccount) => new(PushVerificationStatus.Verified, serviceAccount, null);

    public static PushVerification Rejected(string reason) => new(PushVerificationStatus.Rejected, null, reason);

    public static PushVerification Unavailable(string reason) => new(PushVerificationStatus.Unavailable, null, reason);
}
