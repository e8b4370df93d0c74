using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>A compact JWS split into its decoded header and payload; nothing in it is trusted until verified.</summary>
internal sealed class CompactJwt : IDisposable
{
    private readonly string _signingInput;
    private readonly byte[] _signature;

    private CompactJwt(string signingInput, byte[] signature, JsonDocument header, JsonDocument payload)
    {
        _signingInput = signingInput;
        _signature = signature;
        Header = header;
        Payload = payload;
    }

    public JsonDocument Header { get; }

    public JsonDocument Payload { get; }

    public static CompactJwt? TryParse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        JsonDocument? header = null;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            if (header.RootElement.ValueKind != JsonValueKind.Object || payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                header.Dispose();
                payload.Dispose();
                return null;
            }

            return new CompactJwt(parts[0] + "." + parts[1], Base64Url.DecodeFromChars(parts[2]), header, payload);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            header?.Dispose();
            return null;
        }
    }

    public string? HeaderString(string name) => StringOf(Header.RootElement, name);

    public string? ClaimString(string name) => StringOf(Payload.RootElement, name);

    public long? ClaimNumber(string name) =>
        Payload.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    public bool ClaimTrue(string name) =>
        Payload.RootElement.TryGetProperty(name, out var value)
        && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));

    public IReadOnlyList<string> Audiences() =>
        !Payload.RootElement.TryGetProperty("aud", out var aud) ? []
        : aud.ValueKind == JsonValueKind.String ? [aud.GetString()!]
        : aud.ValueKind == JsonValueKind.Array ? [.. aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)]
        : [];

    public bool VerifyRs256(RSA key) =>
        key.VerifyData(Encoding.ASCII.GetBytes(_signingInput), _signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public void Dispose()
    {
        Header.Dispose();
        Payload.Dispose();
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
