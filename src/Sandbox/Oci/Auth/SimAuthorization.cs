using System.Text.RegularExpressions;

namespace ChatOps.Sandbox.Oci.Auth;

/// <summary>The parameters of an <c>Authorization: Signature k="v",...</c> header (draft-cavage, as OCI uses it).</summary>
internal sealed partial record SimAuthorization(string KeyId, string Signature, IReadOnlyList<string> Headers, string? Algorithm, string? Version)
{
    public static SimAuthorization? Parse(string? header)
    {
        const string Scheme = "Signature ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Parameter().Matches(header[Scheme.Length..]))
        {
            parameters[match.Groups[1].Value] = match.Groups[2].Value;
        }

        if (!parameters.TryGetValue("keyId", out var keyId) || !parameters.TryGetValue("signature", out var signature))
        {
            return null;
        }

        // draft-cavage: without a headers parameter only the date is signed.
        var headers = parameters.TryGetValue("headers", out var list) ? list.Split(' ', StringSplitOptions.RemoveEmptyEntries) : ["date"];
        return new SimAuthorization(
            keyId,
            signature,
            headers.Select(h => h.ToLowerInvariant()).ToList(),
            parameters.GetValueOrDefault("algorithm"),
            parameters.GetValueOrDefault("version"));
    }

    [GeneratedRegex("([A-Za-z]+)=\"([^\"]*)\"")]
    private static partial Regex Parameter();
}
