using System.Globalization;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Workflow;
using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.World;

namespace ChatOps.Bench.Support;

/// <summary>
/// OCI's clock divided by <see cref="Factor"/>: its slow operations take 1/Factor of their real time, so its rate
/// limits and the bot's client-side limits and step waits are multiplied/divided by the same factor. A run then
/// behaves like the real one in fast-forward, with the same ratio of waiting to throttling.
/// </summary>
internal sealed record ScaledWorld(double Factor)
{
    // Real OCI: a child tenancy takes about 20 minutes; a region subscription about 15.
    public static readonly TimeSpan RealTenancyCreation = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan RealRegionActivation = TimeSpan.FromMinutes(15);

    private static readonly (OciService Service, string HostLabel)[] Services =
        [(OciService.Organizations, "organizations"), (OciService.Identity, "identity"), (OciService.Audit, "audit"), (OciService.CloudGuard, "cloudguard-cp-api")];

    public TimeSpan TenancyCreation => RealTenancyCreation / Factor;

    public TimeSpan RegionActivation => RealRegionActivation / Factor;

    /// <summary>The bot's default client-side limit for a service, in scaled time.</summary>
    public double ClientRate(OciService service) => OciOptions.DefaultRateLimit(service) * Factor;

    /// <summary>
    /// The simulator throttles at exactly our default rates, with two seconds' worth of burst: requests leave our
    /// limiter on schedule but reach OCI with network jitter, and OCI's real limits are no lower than ours.
    /// </summary>
    public IReadOnlyDictionary<string, OciRateLimit> SimulatorLimits() =>
        Services.ToDictionary(s => s.HostLabel, s => new OciRateLimit(ClientRate(s.Service), Math.Max(2, (int)Math.Floor(2 * ClientRate(s.Service)))));

    public static string HostLabel(OciService service) => Services.Single(s => s.Service == service).HostLabel;

    public static IEnumerable<OciService> AllServices => Services.Select(s => s.Service);

    public SandboxWorldOptions WorldOptions(TimeSpan? tenancyCreation = null) => new()
    {
        ChildTenancyCreationTime = tenancyCreation ?? TenancyCreation,
        RegionActivationTime = RegionActivation,
        GcasPollInterval = TimeSpan.FromSeconds(0.5),
        StepPollInterval = null,
        SeededApplications = 0,
        OciRateLimits = SimulatorLimits(),

        // Applications with several environments get a tenancy each: a wave of 500 needs more than OCI's default limit.
        ChildTenancyLimit = 10_000,
    };

    /// <summary>The bot's settings in scaled time: default rate limits and poll budgets × factor, default step waits ÷ factor.</summary>
    public Dictionary<string, string?> BotSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var service in AllServices)
        {
            settings[$"Oci:RateLimits:{service}"] = ClientRate(service).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (state, policy) in WorkflowOptions.DefaultPolicies)
        {
            settings[$"Workflow:Steps:{state}:PollInterval"] = Span(policy.PollInterval / Factor);
            settings[$"Workflow:Steps:{state}:BaseDelay"] = Span(policy.BaseDelay / Factor);
            settings[$"Workflow:Steps:{state}:MaxDelay"] = Span(policy.MaxDelay / Factor);
            if (policy.MaxPollsPerSecond is { } perSecond)
            {
                settings[$"Workflow:Steps:{state}:MaxPollsPerSecond"] = (perSecond * Factor).ToString(CultureInfo.InvariantCulture);
            }
        }

        return settings;
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"×{Factor:0} (tenancy {RealTenancyCreation.TotalMinutes:0} min → {TenancyCreation.TotalSeconds:0.#} s, region {RealRegionActivation.TotalMinutes:0} min → {RegionActivation.TotalSeconds:0.#} s, OCI and client rates ×{Factor:0})");

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
