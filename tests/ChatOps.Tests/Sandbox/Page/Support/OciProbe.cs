using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Sandbox.World;
using ChatOps.Tests.Oci.Support;

namespace ChatOps.Tests.Sandbox.Page.Support;

/// <summary>Signed OCI requests with the API key the sandbox wrote, through the product's signer.</summary>
internal static class OciProbe
{
    public static async Task<int> GetTenancyStatusAsync(SandboxWorld world, CancellationToken cancellationToken)
    {
        using var key = OciPrivateKeys.FromPem(await File.ReadAllTextAsync(world.OciKey.KeyFile, cancellationToken), null, "test");
        using var signer = new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(world.OciKey.KeyId, key)), TimeProvider.System)
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        using var http = new HttpClient(signer);
        using var response = await http.GetAsync(new Uri(world.Oci.BaseUri, $"20160918/tenancies/{world.Oci.ParentTenancyId}"), cancellationToken);
        return (int)response.StatusCode;
    }
}
