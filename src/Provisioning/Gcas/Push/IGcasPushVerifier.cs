namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>Decides whether a call to <c>POST /gcas/applications</c> really comes from GCAS.</summary>
public interface IGcasPushVerifier
{
    /// <summary>Takes the raw <c>Authorization</c> header value (or null when absent).</summary>
    Task<PushVerification> VerifyAsync(string? authorizationHeader, CancellationToken cancellationToken);
}
