namespace ChatOps.Provisioning.Gcas;

/// <summary>GCAS API settings, bound from <c>Gcas</c>. Authentication is in <see cref="Auth.GoogleFederationOptions"/>.</summary>
public sealed record GcasOptions
{
    public const string Section = "Gcas";

    /// <summary>Base URL of the GCAS API; the client appends <c>v1/oci/applications…</c>.</summary>
    public string BaseUrl { get; init; } = "";

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>First wait after a failed poll; each further failure doubles it, up to <see cref="PollRetryMaxDelay"/>.</summary>
    public TimeSpan PollRetryBaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan PollRetryMaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Per-request time-out; a request that takes longer is a transient failure.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>limit</c> asked for when listing applications.</summary>
    public int PageSize { get; init; } = 50;
}
