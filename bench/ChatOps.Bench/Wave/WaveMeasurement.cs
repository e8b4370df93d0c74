namespace ChatOps.Bench.Wave;

/// <summary>
/// What one wave run observed; OCI calls per service host label, and the region-subscription calls among them
/// (the only Identity calls that can come before a child's region is active), counted during the wave only.
/// </summary>
internal sealed record WaveMeasurement(
    int Applications,
    int Completed,
    TimeSpan Solo,
    TimeSpan Makespan,
    IReadOnlyDictionary<string, int> OciCalls,
    int RegionCalls,
    int Throttled,
    int SlackMessages,
    int SlackEventsQueued);
