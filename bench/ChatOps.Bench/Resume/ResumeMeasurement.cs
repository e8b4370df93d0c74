namespace ChatOps.Bench.Resume;

/// <summary>
/// A SIGKILL with <see cref="InFlight"/> requests in flight and the restart on the same data file; times from the
/// restart. <see cref="Progressed"/> counts the work requests polled again (of <see cref="WorkRequests"/>).
/// </summary>
internal sealed record ResumeMeasurement(
    int InFlight,
    int WorkRequests,
    int Progressed,
    TimeSpan FirstCall,
    TimeSpan AllProgressed);
