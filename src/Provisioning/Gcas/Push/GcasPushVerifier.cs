using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>
/// Verifies the caller of <c>POST /gcas/applications</c>: a Google-signed OIDC ID token (RS256 against Google's
/// JWKS from <c>Gcas:Push:JwksUrl</c>, <c>iss</c> accounts.google.com, <c>aud</c> = <c>Gcas:Push:Audience</c>,
/// <c>exp</c>/<c>iat</c> by our TimeProvider) whose verified <c>email</c> is one of
/// <c>Gcas:Push:AllowedServiceAccounts</c>. The audience check alone is not enough: any Google account can mint
/// an ID token for any audience. (Google.Apis.Auth's verifier cannot take our clock, hence this small one.)
/// </summary>
internal sealed class GcasPushVerifier(GoogleSigningKeys keys, IOptions<GcasPushOptions> options, TimeProvider time) : IGcasPushVerifier
{
    private static readonly string[] GoogleIssuers = ["https://accounts.google.com", "accounts.google.com"];

    public async Task<PushVerification> VerifyAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || string.IsNullOrEmpty(settings.Audience))
        {
            return PushVerification.Rejected("push is not enabled");
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return PushVerification.Rejected("no bearer token");
        }

        using var jwt = CompactJwt.TryParse(authorizationHeader[7..].Trim());
        if (jwt is null)
        {
            return PushVerification.Rejected("not a JWT");
        }

        if (jwt.HeaderString("alg") != "RS256" || jwt.HeaderString("kid") is not { } kid)
        {
            return PushVerification.Rejected("the token must be RS256 with a key id");
        }

        try
        {
            if (await keys.FindAsync(kid, cancellationToken) is not { } key || !jwt.VerifyRs256(key))
            {
                return PushVerification.Rejected("the signature is not Google's");
            }
        }
        catch (Exception e) when (e is HttpRequestException or JsonException)
        {
            return PushVerification.Unavailable($"Google signing keys unavailable: {e.GetType().Name}");
        }

        return CheckClaims(jwt, settings);
    }

    private PushVerification CheckClaims(CompactJwt jwt, GcasPushOptions settings)
    {
        if (!GoogleIssuers.Contains(jwt.ClaimString("iss")))
        {
            return PushVerification.Rejected("the issuer is not Google");
        }

        if (!jwt.Audiences().Contains(settings.Audience))
        {
            return PushVerification.Rejected("the audience is not ours");
        }

        var now = time.GetUtcNow();
        if (jwt.ClaimNumber("exp") is not { } exp || DateTimeOffset.FromUnixTimeSeconds(exp) + settings.ClockSkew <= now)
        {
            return PushVerification.Rejected("the token has expired");
        }

        if (jwt.ClaimNumber("iat") is { } iat && DateTimeOffset.FromUnixTimeSeconds(iat) - settings.ClockSkew > now)
        {
            return PushVerification.Rejected("the token was issued in the future");
        }

        if (jwt.ClaimString("email") is not { } email || !jwt.ClaimTrue("email_verified"))
        {
            return PushVerification.Rejected("the token carries no verified e-mail");
        }

        return settings.AllowedServiceAccounts.Contains(email, StringComparer.OrdinalIgnoreCase)
            ? PushVerification.Verified(email)
            : PushVerification.Rejected($"{email} may not push applications");
    }
}
