using ChatOps.Provisioning.Workflow;

namespace ChatOps.Provisioning.Operations;

/// <summary>The <c>Watchdog</c> configuration section.</summary>
public sealed record WatchdogOptions
{
    public const string Section = "Watchdog";

    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a request may stay in a state before it counts as stuck, by state name.</summary>
    public Dictionary<string, TimeSpan> ExpectedDurations { get; init; } = Defaults.ToDictionary(p => p.Key.ToString(), p => p.Value, StringComparer.Ordinal);

    public TimeSpan OutboxAgeThreshold { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan DisconnectedThreshold { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The same alert (same request and state, same outage) is repeated at most this often.</summary>
    public TimeSpan RepeatAfter { get; init; } = TimeSpan.FromHours(4);

    public static IReadOnlyDictionary<RequestState, TimeSpan> Defaults { get; } = new Dictionary<RequestState, TimeSpan>
    {
        [RequestState.Received] = TimeSpan.FromMinutes(5),
        [RequestState.AwaitingApproval] = TimeSpan.FromDays(2),
        [RequestState.CreatingTenancy] = TimeSpan.FromMinutes(45),
        [RequestState.ActivatingRegions] = TimeSpan.FromHours(2),
        [RequestState.AwaitingCredentials] = TimeSpan.FromDays(1),
        [RequestState.CreatingCompartment] = TimeSpan.FromMinutes(15),
        [RequestState.ApplyingTemplate] = TimeSpan.FromMinutes(45),
        [RequestState.ReportingToGcas] = TimeSpan.FromMinutes(30),
        [RequestState.Failed] = TimeSpan.FromHours(4),
    };

    public TimeSpan? ExpectedDuration(RequestState state) =>
        ExpectedDurations.TryGetValue(state.ToString(), out var configured) ? configured : Defaults.TryGetValue(state, out var known) ? known : null;
}
