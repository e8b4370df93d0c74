namespace ChatOps.Provisioning.Gcas.Push;

public enum PushVerificationStatus
{
    Verified,

    /// <summary>Answer 401: no token, forged, expired, wrong issuer, audience or caller.</summary>
    Rejected,

    /// <summary>Answer 503: Google's signing keys could not be fetched, so nothing can be judged now.</summary>
    Unavailable,
}
