namespace ChatOps.Provisioning.Simulation;

/// <summary>The <c>Simulation</c> section: timings of the in-process simulated cloud used by <c>chatops demo</c> and tests.</summary>
public sealed record SimulationOptions
{
    public const string Section = "Simulation";

    /// <summary>Latency of every simulated call.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>How long a child tenancy takes to create.</summary>
    public TimeSpan TenancyDuration { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a region activation takes.</summary>
    public TimeSpan RegionDuration { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Resources the simulated template creates per environment.</summary>
    public int TemplateResources { get; init; } = 6;

    /// <summary>When true the bot finds access to new tenancies without anyone confirming (the automated credential step).</summary>
    public bool AccessWithoutConfirmation { get; init; }
}
