using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatOps.Sandbox.Oci.Auth;

/// <summary>
/// Checks an OCI request signature from the wire: required headers signed, signing string rebuilt from the raw
/// request target and header values, date within the allowed skew, body hash and length matching the bytes
/// received, and the RSA-SHA256 signature valid for the key the keyId names.
/// </summary>
internal sealed class SimSignatureVerifier(SimKeyRing keys, SimSessionTokens tokens, TimeProvider time, TimeSpan allowedSkew)
{
    private static readonly string[] GenericHeaders = ["(request-target)", "host"];
    private static readonly string[] BodyHeaders = ["content-length", "content-type", "x-content-sha256"];

    /// <summary>The signing principal when the signature holds; otherwise the reason it does not (never the signature).</summary>
    public async Task<(SimPrincipal? Principal, string? Problem)> VerifyAsync(HttpRequest request)
    {
        var authorization = SimAuthorization.Parse(request.Headers.Authorization);
        if (authorization is null)
        {
            return (null, "no Signature authorization");
        }

        if (authorization.Algorithm is not (null or "rsa-sha256") || authorization.Version is not (null or "1"))
        {
            return (null, "unsupported algorithm or version");
        }

        var signed = authorization.Headers;
        var hasBody = request.Method is "POST" or "PUT" or "PATCH";
        var required = hasBody ? GenericHeaders.Concat(BodyHeaders) : GenericHeaders;
        var unsigned = required.FirstOrDefault(h => !signed.Contains(h)) ?? (signed.Contains("date") || signed.Contains("x-date") ? null : "date");
        if (unsigned is not null)
        {
            return (null, $"required header not signed: {unsigned}");
        }

        var dateProblem = CheckDate(request);
        if (dateProblem is not null)
        {
            return (null, dateProblem);
        }

        if (hasBody && await CheckBodyAsync(request) is { } bodyProblem)
        {
            return (null, bodyProblem);
        }

        var signingString = SigningString(request, signed);
        if (signingString is null)
        {
            return (null, "a signed header is missing from the request");
        }

        return Check(authorization, signingString);
    }

    private (SimPrincipal? Principal, string? Problem) Check(SimAuthorization authorization, string signingString)
    {
        RSA? key;
        SimPrincipal principal;
        if (authorization.KeyId.StartsWith("ST$", StringComparison.Ordinal))
        {
            (key, var tenancyId, var problem) = tokens.Validate(authorization.KeyId[3..]);
            if (key is null)
            {
                return (null, problem);
            }

            principal = new SimPrincipal(authorization.KeyId, tenancyId);
        }
        else
        {
            key = keys.Find(authorization.KeyId);
            if (key is null)
            {
                return (null, "unknown keyId");
            }

            principal = SimPrincipal.ForApiKey(authorization.KeyId);
        }

        using (key)
        {
            byte[] signature;
            try
            {
                signature = Convert.FromBase64String(authorization.Signature);
            }
            catch (FormatException)
            {
                return (null, "signature is not Base64");
            }

            return key.VerifyData(Encoding.UTF8.GetBytes(signingString), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                ? (principal, null)
                : (null, "signature does not match");
        }
    }

    private string? CheckDate(HttpRequest request)
    {
        var raw = request.Headers["x-date"].FirstOrDefault() ?? request.Headers.Date.FirstOrDefault();
        if (!DateTimeOffset.TryParseExact(raw, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return "date header missing or not RFC 1123";
        }

        return (time.GetUtcNow() - date).Duration() > allowedSkew ? "date is outside the allowed clock skew" : null;
    }

    private static async Task<string?> CheckBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        var body = buffer.ToArray();
        if (request.Headers["x-content-sha256"].FirstOrDefault() != Convert.ToBase64String(SHA256.HashData(body)))
        {
            return "x-content-sha256 does not match the body";
        }

        return request.Headers.ContentLength == body.Length ? null : "content-length does not match the body";
    }

    private static string? SigningString(HttpRequest request, IReadOnlyList<string> signed)
    {
        var lines = new List<string>(signed.Count);
        foreach (var name in signed)
        {
            if (name == "(request-target)")
            {
                var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.Path + request.QueryString);
                lines.Add($"(request-target): {request.Method.ToLowerInvariant()} {target}");
                continue;
            }

            var values = request.Headers[name];
            if (values.Count == 0)
            {
                return null;
            }

            lines.Add($"{name}: {string.Join(", ", values.ToArray())}");
        }

        return string.Join('\n', lines);
    }
}
