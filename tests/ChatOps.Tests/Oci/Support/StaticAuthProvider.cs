using ChatOps.Provisioning.Oci.Auth;

namespace ChatOps.Tests.Oci.Support;

/// <summary>Always the same credentials: for tests of the signer and of the simulator's verifier.</summary>
internal sealed class StaticAuthProvider(OciSigningCredentials credentials) : IOciAuthProvider
{
    public ValueTask<OciSigningCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
