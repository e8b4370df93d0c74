namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>Google workload identity federation settings, bound from <c>Gcas:Auth</c>.</summary>
public sealed record GoogleFederationOptions
{
    public const string Section = "Gcas:Auth";
    public const string DefaultTokenUrl = "https://sts.googleapis.com/v1/token";
    public const string DefaultScope = "https://www.googleapis.com/auth/cloud-platform";
    public const string JwtTokenType = "urn:ietf:params:oauth:token-type:jwt";
    public const string DefaultTokenFile = "/var/run/secrets/tokens/gcas/token";

    public SubjectTokenSourceKind SubjectTokenSource { get; init; } = SubjectTokenSourceKind.KubernetesServiceAccount;

    /// <summary>Google STS token endpoint.</summary>
    public string TokenUrl { get; init; } = DefaultTokenUrl;

    /// <summary>Full workload identity provider resource name: //iam.googleapis.com/projects/N/locations/global/workloadIdentityPools/P/providers/R.</summary>
    public string Audience { get; init; } = "";

    /// <summary>Scope of the Google access token that is finally used against GCAS.</summary>
    public string Scope { get; init; } = DefaultScope;

    public string SubjectTokenType { get; init; } = JwtTokenType;

    /// <summary>Service account to impersonate; empty means the federated STS token is used directly.</summary>
    public string? ServiceAccountEmail { get; init; }

    /// <summary>IAM Credentials generateAccessToken URL. Defaults from <see cref="ServiceAccountEmail"/>; when set it is used verbatim.</summary>
    public string? ImpersonationUrl { get; init; }

    /// <summary>Identity domain base URL, e.g. https://idcs-….identity.oraclecloud.com (for <see cref="SubjectTokenSourceKind.IdentityDomain"/>).</summary>
    public string? IdentityDomainUrl { get; init; }

    /// <summary>Scope asked of the identity domain, e.g. the resource app's primary audience plus scope.</summary>
    public string? IdentityDomainScope { get; init; }

    public string? ClientId { get; init; }

    /// <summary>From the environment or a mounted secret only (<c>Gcas__Auth__ClientSecret</c>); never logged.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Projected service-account token file (for <see cref="SubjectTokenSourceKind.KubernetesServiceAccount"/>).</summary>
    public string TokenFile { get; init; } = DefaultTokenFile;

    public string? EffectiveImpersonationUrl =>
        !string.IsNullOrWhiteSpace(ImpersonationUrl) ? ImpersonationUrl
        : string.IsNullOrWhiteSpace(ServiceAccountEmail) ? null
        : $"https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/{ServiceAccountEmail.Trim()}:generateAccessToken";

    public Uri? IdentityDomainTokenUrl =>
        Uri.TryCreate(IdentityDomainUrl, UriKind.Absolute, out var domain)
            ? new Uri(new Uri(domain.GetLeftPart(UriPartial.Authority) + "/"), "oauth2/v1/token")
            : null;
}
