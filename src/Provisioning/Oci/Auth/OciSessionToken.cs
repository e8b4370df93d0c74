using System.Buffers.Text;
using System.Text.Json;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// The validity window of a session token (RPST), read from the JWT's <c>iat</c> and <c>exp</c>. The signature is
/// the service's business; we only need to know when to refresh.
/// </summary>
internal sealed record OciSessionToken(DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Refresh once half of the lifetime has passed, as OCI's SDKs do.</summary>
    public DateTimeOffset RefreshAt => IssuedAt + ((ExpiresAt - IssuedAt) / 2);

    public static OciSessionToken Parse(string jwt)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            throw new OciAuthException("The session token is not a JWT.", isPermanent: false);
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var exp = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            var iat = root.TryGetProperty("iat", out var issued)
                ? DateTimeOffset.FromUnixTimeSeconds(issued.GetInt64())
                : exp;
            return new OciSessionToken(iat, exp);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new OciAuthException("The session token's claims (iat, exp) could not be read.", isPermanent: false, ex);
        }
    }
}
