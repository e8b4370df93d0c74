namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// The identity requests are signed with. Implementations cache and refresh on their own; callers ask on every
/// request and must not keep the result.
/// </summary>
internal interface IOciAuthProvider
{
    /// <exception cref="OciAuthException">No usable credentials could be obtained.</exception>
    ValueTask<OciSigningCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
