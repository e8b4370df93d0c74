namespace ChatOps.Sandbox.Oci.Auth;

/// <summary>
/// Who signed a request: the keyId, and the tenancy the principal belongs to as the credential states it (the
/// first part of an API keyId, or a session token's <c>res_tenant</c> claim).
/// </summary>
internal sealed record SimPrincipal(string KeyId, string? TenancyId)
{
    public static SimPrincipal ForApiKey(string keyId)
    {
        var slash = keyId.IndexOf('/', StringComparison.Ordinal);
        return new SimPrincipal(keyId, slash > 0 ? keyId[..slash] : null);
    }
}
