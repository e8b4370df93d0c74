using System.Security.Cryptography;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// A workload identity pool OIDC provider: its full resource name (the STS <c>audience</c>), the issuer it
/// trusts, its allowed audiences (empty: the JWT's <c>aud</c> must be the resource name, with or without
/// <c>https:</c>) and the uploaded JWKS keys by key id.
/// </summary>
public sealed record WorkloadIdentityPoolProvider(
    string ResourceName,
    string Issuer,
    IReadOnlyList<string> AllowedAudiences,
    IReadOnlyDictionary<string, RSAParameters> Keys)
{
    public static WorkloadIdentityPoolProvider Create(
        string resourceName, string issuer, RsaSigningKey key, params string[] allowedAudiences) =>
        new(resourceName, issuer, allowedAudiences, new Dictionary<string, RSAParameters> { [key.KeyId] = key.PublicParameters });

    /// <summary><c>//iam.googleapis.com/projects/N/locations/global/workloadIdentityPools/P</c></summary>
    public string PoolName => ResourceName[..ResourceName.IndexOf("/providers/", StringComparison.Ordinal)];

    public bool AcceptsAudience(IReadOnlyList<string> audiences) =>
        AllowedAudiences.Count > 0
            ? audiences.Any(AllowedAudiences.Contains)
            : audiences.Any(a => a == ResourceName || a == "https:" + ResourceName);
}
