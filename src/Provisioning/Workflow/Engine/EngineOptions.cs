namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>The <c>Engine</c> configuration section.</summary>
public sealed record EngineOptions
{
    public const string Section = "Engine";

    /// <summary>
    /// Steps running at once across all requests (never two of one request). Steps mostly wait on OCI, whose
    /// client-side rate limit is what really paces a wave; 32 keeps that limit busy (bench wave: 8 left it idle).
    /// </summary>
    public int MaxConcurrency { get; init; } = 32;

    /// <summary>Longest sleep when nothing is due; any change wakes the engine at once.</summary>
    public TimeSpan IdleInterval { get; init; } = TimeSpan.FromSeconds(30);
}
