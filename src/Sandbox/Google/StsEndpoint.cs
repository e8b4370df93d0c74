using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// Google STS <c>POST /v1/token</c> (RFC 8693 token exchange) for workload identity federation: checks the form
/// fields, then the subject JWT against the provider named by <c>audience</c> (RS256 signature by an uploaded key,
/// <c>iss</c>, <c>aud</c>, <c>iat</c>, <c>exp</c> within 48 h, <c>sub</c>), and answers a federated access token.
/// </summary>
internal sealed class StsEndpoint(
    ConcurrentDictionary<string, WorkloadIdentityPoolProvider> providers,
    GoogleAccessTokens tokens,
    GoogleCloudSimulatorOptions options,
    TimeProvider time)
{
    public const string TokenExchange = "urn:ietf:params:oauth:grant-type:token-exchange";
    public const string AccessTokenType = "urn:ietf:params:oauth:token-type:access_token";

    private static readonly string[] SubjectTokenTypes = ["urn:ietf:params:oauth:token-type:jwt", "urn:ietf:params:oauth:token-type:id_token"];

    public HopFaults Faults { get; } = new();

    public HopCounters Counters { get; } = new();

    public IReadOnlyDictionary<string, string>? LastForm { get; private set; }

    public async Task HandleAsync(HttpContext context)
    {
        Counters.Request();
        if (Faults.TryTake(out var fault))
        {
            await JsonResponses.OAuthErrorAsync(context, fault.Status, fault.Error, fault.Description);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await JsonResponses.OAuthErrorAsync(context, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        LastForm = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var subject = "";
        var error = CheckForm(LastForm, out var provider) ?? CheckSubject(LastForm["subject_token"], provider!, out subject);
        if (error is not null)
        {
            await JsonResponses.OAuthErrorAsync(context, 400, error.Value.Error, error.Value.Description);
            return;
        }

        var scopes = LastForm["scope"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var issued = tokens.Mint("sts", $"principal:{provider!.PoolName}/subject/{subject}", scopes, options.StsTokenLifetime);
        Counters.Issue();
        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["access_token"] = issued.Token,
            ["issued_token_type"] = AccessTokenType,
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)options.StsTokenLifetime.TotalSeconds,
        });
    }

    private (string Error, string Description)? CheckForm(IReadOnlyDictionary<string, string> form, out WorkloadIdentityPoolProvider? provider)
    {
        provider = null;
        string Field(string name) => form.TryGetValue(name, out var value) ? value : "";
        if (Field("grant_type") != TokenExchange)
        {
            return ("unsupported_grant_type", "Invalid value for \"grant_type\".");
        }

        if (Field("requested_token_type") != AccessTokenType)
        {
            return ("invalid_request", "Invalid value for \"requested_token_type\".");
        }

        if (!SubjectTokenTypes.Contains(Field("subject_token_type")))
        {
            return ("invalid_request", "Invalid value for \"subject_token_type\".");
        }

        if (string.IsNullOrWhiteSpace(Field("scope")))
        {
            return ("invalid_scope", "A scope is required when exchanging an external credential.");
        }

        if (string.IsNullOrEmpty(Field("subject_token")))
        {
            return ("invalid_request", "Missing \"subject_token\".");
        }

        if (!providers.TryGetValue(Field("audience"), out provider))
        {
            return ("invalid_target", "Invalid value for \"audience\". This value should be the full resource name of the Identity Provider.");
        }

        return null;
    }

    private (string Error, string Description)? CheckSubject(string token, WorkloadIdentityPoolProvider provider, out string subject)
    {
        subject = "";
        if (!SandboxJwt.TryRead(token, out var header, out var payload))
        {
            return ("invalid_grant", "The subject token is not a well-formed JWT.");
        }

        if (SandboxJwt.StringClaim(header, "alg") != "RS256" || SandboxJwt.StringClaim(header, "kid") is not { } kid)
        {
            return ("invalid_grant", "The subject token header must have alg RS256 and a kid.");
        }

        if (!provider.Keys.TryGetValue(kid, out var key) || !SandboxJwt.VerifyRs256(token, key))
        {
            return ("invalid_grant", "Invalid JWT signature.");
        }

        if (SandboxJwt.StringClaim(payload, "iss") != provider.Issuer)
        {
            return ("invalid_grant", "The issuer in the subject token does not match the provider's issuer.");
        }

        if (!provider.AcceptsAudience(SandboxJwt.Audiences(payload)))
        {
            return ("invalid_grant", "The audience in the subject token does not match the expected audience.");
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)options.ClockSkew.TotalSeconds;
        if (SandboxJwt.NumericClaim(payload, "exp") is not { } exp || exp <= now - skew)
        {
            return ("invalid_grant", "The subject token has expired.");
        }

        if (SandboxJwt.NumericClaim(payload, "iat") is not { } iat || iat > now + skew || exp - iat > 48 * 3600)
        {
            return ("invalid_grant", "The subject token's iat must be in the past and its lifetime at most 48 hours.");
        }

        if (string.IsNullOrEmpty(SandboxJwt.StringClaim(payload, "sub")))
        {
            return ("invalid_grant", "The subject token has no sub claim.");
        }

        subject = SandboxJwt.StringClaim(payload, "sub")!;
        return null;
    }
}
