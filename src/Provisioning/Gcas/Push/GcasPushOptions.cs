namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>
/// Settings for GCAS calling our <c>POST /gcas/applications</c>, bound from <c>Gcas:Push</c>. The caller proves
/// itself with a Google-signed OIDC ID token; see docs/gcas-api.md for why this and not an HMAC.
/// </summary>
public sealed record GcasPushOptions
{
    public const string Section = "Gcas:Push";
    public const string GoogleJwksUrl = "https://www.googleapis.com/oauth2/v3/certs";

    public bool Enabled { get; init; }

    /// <summary>The <c>aud</c> GCAS puts in its ID token: our endpoint URL or an agreed audience string.</summary>
    public string? Audience { get; init; }

    /// <summary>Google service accounts (the token's verified <c>email</c>) that may push.</summary>
    public IReadOnlyList<string> AllowedServiceAccounts { get; init; } = [];

    public string JwksUrl { get; init; } = GoogleJwksUrl;

    /// <summary>Tolerance for <c>iat</c>/<c>exp</c> against our clock.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest body accepted (bytes); larger pushes are answered 413 before anything is stored.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;
}
