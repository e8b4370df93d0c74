namespace ChatOps.Provisioning.Oci;

/// <summary>The <c>Oci</c> configuration section (design §6). Checked at start by <see cref="OciOptionsValidator"/>.</summary>
internal sealed record OciOptions
{
    public const string Section = "Oci";

    /// <summary><c>OkeWorkloadIdentity</c>, <c>ResourcePrincipal</c> or <c>ConfigFile</c>.</summary>
    public string? Auth { get; init; }

    /// <summary>The parent tenancy's home region: where Organizations calls go.</summary>
    public string? Region { get; init; }

    public string RealmDomain { get; init; } = "oraclecloud.com";

    public string? ParentTenancyId { get; init; }

    public string? SharedTenancyId { get; init; }

    public string ConfigFile { get; init; } = "~/.oci/config";

    public string Profile { get; init; } = "DEFAULT";

    /// <summary>Per service (<see cref="OciService"/> names): scheme, host and port of where connections go.</summary>
    public Dictionary<string, string> Endpoints { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per service: requests per second this process sends at most.</summary>
    public Dictionary<string, double> RateLimits { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public OciRetryOptions Retry { get; init; } = new();

    /// <summary>How long one attempt may take before it is abandoned (and retried when that is safe).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public OciWorkloadIdentityOptions WorkloadIdentity { get; init; } = new();

    public static double DefaultRateLimit(OciService service) => service == OciService.Organizations ? 2 : 5;

    public double RateLimitFor(OciService service) =>
        RateLimits.TryGetValue(service.ToString(), out var perSecond) ? perSecond : DefaultRateLimit(service);
}
