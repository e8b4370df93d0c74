using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatOps.Sandbox.Google;

/// <summary>RS256 JSON Web Tokens (RFC 7515/7519), written for the simulators from the RFCs alone.</summary>
internal static class SandboxJwt
{
    public static string Sign(JsonObject payload, RsaSigningKey key)
    {
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = key.KeyId };
        var signingInput = Part(header) + "." + Part(payload);
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Splits and decodes a compact JWS without trusting it.</summary>
    public static bool TryRead(string token, out JsonObject header, out JsonObject payload)
    {
        header = payload = new JsonObject();
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))?.AsObject() ?? new JsonObject();
            payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))?.AsObject() ?? new JsonObject();
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    public static bool VerifyRs256(string token, RSAParameters publicKey)
    {
        var lastDot = token.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return false;
        }

        using var rsa = RSA.Create(publicKey);
        return rsa.VerifyData(Encoding.ASCII.GetBytes(token[..lastDot]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public static long? NumericClaim(JsonObject payload, string name) =>
        payload[name] is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    public static string? StringClaim(JsonObject payload, string name) =>
        payload[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The <c>aud</c> claim may be a string or an array of strings.</summary>
    public static IReadOnlyList<string> Audiences(JsonObject payload) => payload["aud"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var one) => [one],
        JsonArray many => [.. many.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()],
        _ => [],
    };

    private static string Part(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
