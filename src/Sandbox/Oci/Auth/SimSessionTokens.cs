using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Oci.Auth;

/// <summary>
/// The simulator's token service: issues RS256 session tokens (RPSTs) that carry the holder's public key in the
/// <c>jwk</c> claim, as real ones do, and checks tokens presented as <c>ST$&lt;jwt&gt;</c> keyIds.
/// </summary>
internal sealed class SimSessionTokens(TimeProvider time) : IDisposable
{
    private const string Issuer = "authService.oracle.com";
    private readonly RSA _issuerKey = RSA.Create(2048);

    public string Issue(RSA holderPublicKey, TimeSpan lifetime, string tenancyId, string principalType)
    {
        var now = time.GetUtcNow();
        var parameters = holderPublicKey.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kid"] = Convert.ToHexStringLower(SHA256.HashData(holderPublicKey.ExportSubjectPublicKeyInfo()))[..16],
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
        };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = "ocid1.workload.oc1..simulated",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
            ["res_type"] = principalType,
            ["res_tenant"] = tenancyId,
            ["res_compartment"] = tenancyId,
            ["jwk"] = jwk.ToJsonString(),
        };
        var header = Encode(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = "asw" });
        var body = Encode(payload);
        var signature = _issuerKey.SignData(Encoding.ASCII.GetBytes($"{header}.{body}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{body}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>
    /// The holder's public key and the tenancy the principal belongs to (<c>res_tenant</c>) when the token is ours,
    /// intact and unexpired; otherwise why not.
    /// </summary>
    public (RSA? HolderKey, string? TenancyId, string? Problem) Validate(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return (null, null, "session token is not a JWT");
        }

        try
        {
            var signed = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
            if (!_issuerKey.VerifyData(signed, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return (null, null, "session token was not issued by this service");
            }

            var claims = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1])) as JsonObject;
            if (claims?["exp"] is not JsonValue exp || time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(exp.GetValue<long>()))
            {
                return (null, null, "session token has expired or has no exp claim");
            }

            var jwk = claims["jwk"] switch
            {
                JsonValue text => JsonNode.Parse(text.GetValue<string>()) as JsonObject,
                JsonObject inline => inline,
                _ => null,
            };
            if (jwk?["n"] is not JsonValue modulus || jwk["e"] is not JsonValue exponent)
            {
                return (null, null, "session token carries no jwk");
            }

            var key = RSA.Create();
            key.ImportParameters(new RSAParameters
            {
                Modulus = Base64Url.DecodeFromChars(modulus.GetValue<string>()),
                Exponent = Base64Url.DecodeFromChars(exponent.GetValue<string>()),
            });
            var tenancy = claims["res_tenant"] is JsonValue tenant && tenant.TryGetValue<string>(out var id) ? id : null;
            return (key, tenancy, null);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException or CryptographicException)
        {
            return (null, null, "session token is malformed");
        }
    }

    public void Dispose() => _issuerKey.Dispose();

    private static string Encode(JsonObject value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value.ToJsonString()));
}
