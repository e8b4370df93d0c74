using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Provisioning.Oci.Signing;

/// <summary>
/// The values one OCI request signature covers, in the order the SDKs sign them: <c>date (request-target) host</c>,
/// then for requests with a body <c>content-length content-type x-content-sha256</c>.
/// </summary>
internal sealed record OciSigningInput(
    string Method,
    string PathAndQuery,
    string Host,
    string Date,
    long? ContentLength = null,
    string? ContentType = null,
    string? ContentSha256 = null)
{
    public bool SignsBody => ContentSha256 is not null;

    public IReadOnlyList<string> HeaderNames => SignsBody
        ? ["date", "(request-target)", "host", "content-length", "content-type", "x-content-sha256"]
        : ["date", "(request-target)", "host"];

    public string SigningString
    {
        get
        {
            var lines = new List<string>
            {
                $"date: {Date}",
                $"(request-target): {Method.ToLowerInvariant()} {PathAndQuery}",
                $"host: {Host}",
            };
            if (SignsBody)
            {
                lines.Add($"content-length: {ContentLength}");
                lines.Add($"content-type: {ContentType}");
                lines.Add($"x-content-sha256: {ContentSha256}");
            }

            return string.Join('\n', lines);
        }
    }

    public static bool MethodSignsBody(HttpMethod method) =>
        method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch;

    public static string BodySha256(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256 over the UTF-8 signing string, Base64.</summary>
    public string Sign(RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        var signature = privateKey.SignData(Encoding.UTF8.GetBytes(SigningString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }

    public string AuthorizationHeader(string keyId, RSA privateKey) =>
        $"Signature version=\"1\",headers=\"{string.Join(' ', HeaderNames)}\",keyId=\"{keyId}\",algorithm=\"rsa-sha256\",signature=\"{Sign(privateKey)}\"";
}
