namespace ChatOps.Bench.Wave;

/// <summary>What one wave run observed; OCI calls per service host label, counted during the wave only.</summary>
internal sealed record WaveMeasurement(
    int Applications,
    int Completed,
    TimeSpan Solo,
    TimeSpan Makespan,
    IReadOnlyDictionary<string, int> OciCalls,
    int Throttled,
    int SlackMessages,
    int SlackEventsQueued);
