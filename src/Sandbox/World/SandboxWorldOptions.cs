namespace ChatOps.Sandbox.World;

/// <summary>
/// How the simulated world behaves. OCI's slow operations are scaled down so a newcomer sees an application go
/// through in about a minute; every duration runs on <see cref="Time"/>.
/// </summary>
public sealed record SandboxWorldOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long a child tenancy stays CREATING (real OCI: minutes).</summary>
    public TimeSpan ChildTenancyCreationTime { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a region subscription (e.g. Osaka) stays IN_PROGRESS (real OCI: up to hours).</summary>
    public TimeSpan RegionActivationTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>What the bot is told as <c>Gcas:PollInterval</c>.</summary>
    public TimeSpan GcasPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// What the bot is told as <c>Workflow:Steps:&lt;State&gt;:PollInterval</c> and retry delays, so waits match the
    /// scaled-down simulator instead of production's minutes. Null leaves the bot's defaults.
    /// </summary>
    public TimeSpan? StepPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many of <see cref="Gcas.SampleApplications.ValidSet"/> GCAS holds at start.</summary>
    public int SeededApplications { get; init; } = 2;

    /// <summary>OCI's per-service throttling (see <see cref="Oci.OciSimulatorOptions.RateLimits"/>); empty: none.</summary>
    public IReadOnlyDictionary<string, Oci.OciRateLimit> OciRateLimits { get; init; } = new Dictionary<string, Oci.OciRateLimit>();

    /// <summary>How many child tenancies the simulated organization allows (OCI's service limit; a wave needs more).</summary>
    public int ChildTenancyLimit { get; init; } = 1000;

    /// <summary>The parent tenancy's home region (<c>Oci:Region</c>).</summary>
    public string Region { get; init; } = "ap-tokyo-1";

    /// <summary>Port of the simulated Slack (0: a free one).</summary>
    public int SlackPort { get; init; }

    /// <summary>Where the OCI API key and config file are written; null: a fresh temporary folder, deleted on dispose.</summary>
    public string? WorkFolder { get; init; }
}
