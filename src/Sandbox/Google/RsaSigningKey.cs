using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Google;

/// <summary>An RSA key with a key id, able to publish itself as a JWK.</summary>
public sealed class RsaSigningKey : IDisposable
{
    private RsaSigningKey(string keyId, RSA rsa)
    {
        KeyId = keyId;
        Rsa = rsa;
    }

    public string KeyId { get; }

    internal RSA Rsa { get; }

    public static RsaSigningKey Create(string? keyId = null) =>
        new(keyId ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), RSA.Create(2048));

    public RSAParameters PublicParameters => Rsa.ExportParameters(includePrivateParameters: false);

    public JsonObject ToJwk()
    {
        var parameters = PublicParameters;
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus!),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent!),
        };
    }

    public void Dispose() => Rsa.Dispose();
}
