using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// The access tokens the Google fakes minted. Real Google access tokens are opaque to resource servers, so the
/// GCAS simulator asks this registry, as a Google-fronted service would ask Google.
/// </summary>
public sealed class GoogleAccessTokens(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, IssuedAccessToken> _tokens = new(StringComparer.Ordinal);

    public IssuedAccessToken Mint(string prefix, string principal, IReadOnlyList<string> scopes, TimeSpan lifetime)
    {
        var token = new IssuedAccessToken(
            $"ya29.{prefix}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}",
            principal, scopes, time.GetUtcNow().Add(lifetime));
        _tokens[token.Token] = token;
        return token;
    }

    public AccessTokenCheck Check(string? bearer)
    {
        if (string.IsNullOrEmpty(bearer) || !_tokens.TryGetValue(bearer, out var token))
        {
            return AccessTokenCheck.Invalid("unknown token");
        }

        return token.ExpiresAt <= time.GetUtcNow() ? AccessTokenCheck.Invalid("token expired") : AccessTokenCheck.Ok(token);
    }

    /// <summary>Reads <c>Authorization: Bearer …</c> and checks it.</summary>
    public AccessTokenCheck CheckAuthorizationHeader(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? Check(authorization[7..].Trim())
            : AccessTokenCheck.Invalid("no bearer token");

    public void Revoke(string token) => _tokens.TryRemove(token, out _);
}
