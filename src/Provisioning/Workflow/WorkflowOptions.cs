namespace ChatOps.Provisioning.Workflow;

/// <summary>The <c>Workflow</c> configuration section.</summary>
public sealed record WorkflowOptions
{
    public const string Section = "Workflow";

    /// <summary>When false the bot approves every valid application itself and says so in the trail.</summary>
    public bool RequireApproval { get; init; } = true;

    /// <summary>
    /// Per-step tuning keyed by state name. It starts as a copy of <see cref="DefaultPolicies"/>, and configuration
    /// binds into those entries, so setting one value of a step keeps that step's other defaults.
    /// </summary>
    public Dictionary<string, StepPolicy> Steps { get; init; } =
        DefaultPolicies.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value with { }, StringComparer.Ordinal);

    public static IReadOnlyDictionary<RequestState, StepPolicy> DefaultPolicies { get; } = new Dictionary<RequestState, StepPolicy>
    {
        [RequestState.Received] = new() { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) },
        [RequestState.AwaitingApproval] = new() { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30) },
        [RequestState.CreatingTenancy] = new() { MaxAttempts = 8, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), PollInterval = TimeSpan.FromSeconds(30), MaxPollsPerSecond = 0.5, Timeout = TimeSpan.FromHours(2) },
        [RequestState.ActivatingRegions] = new() { MaxAttempts = 8, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), PollInterval = TimeSpan.FromMinutes(1), MaxPollsPerSecond = 0.5, Timeout = TimeSpan.FromHours(6) },
        [RequestState.AwaitingCredentials] = new() { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(2), PollInterval = TimeSpan.FromMinutes(5), Timeout = TimeSpan.FromDays(7) },
        [RequestState.CreatingCompartment] = new() { MaxAttempts = 8, BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromMinutes(2), PollInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(30) },
        [RequestState.ApplyingTemplate] = new() { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(10), PollInterval = TimeSpan.FromSeconds(15), Timeout = TimeSpan.FromHours(2) },
        [RequestState.ReportingToGcas] = new() { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), PollInterval = TimeSpan.FromSeconds(15), Timeout = TimeSpan.FromHours(24) },
    };

    public StepPolicy PolicyFor(RequestState state) =>
        Steps.TryGetValue(state.ToString(), out var configured) ? configured
        : DefaultPolicies.TryGetValue(state, out var known) ? known
        : new StepPolicy();
}
