namespace ChatOps.Sandbox.Oci.State;

/// <summary>A CREATE_CHILD_TENANCY work request whose progress is computed from the simulator's clock.</summary>
internal sealed record SimWorkRequest(
    string Id,
    string CompartmentId,
    string ChildTenancyId,
    DateTimeOffset AcceptedAt,
    TimeSpan Duration,
    bool StaysInProgressAt100,
    string? FailureCode = null,
    string? FailureMessage = null)
{
    public string Status(DateTimeOffset now)
    {
        var elapsed = now - AcceptedAt;
        if (elapsed >= Duration)
        {
            return FailureCode is not null ? "FAILED" : StaysInProgressAt100 ? "IN_PROGRESS" : "SUCCEEDED";
        }

        return elapsed <= TimeSpan.Zero ? "ACCEPTED" : "IN_PROGRESS";
    }

    public double PercentComplete(DateTimeOffset now)
    {
        if (Duration <= TimeSpan.Zero || now - AcceptedAt >= Duration)
        {
            return 100;
        }

        var fraction = Math.Max(0, (now - AcceptedAt) / Duration);
        return Math.Round(fraction * 100, 1);
    }

    public DateTimeOffset? TimeFinished(DateTimeOffset now) =>
        Status(now) is "SUCCEEDED" or "FAILED" ? AcceptedAt + Duration : null;
}
