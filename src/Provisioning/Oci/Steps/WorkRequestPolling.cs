using ChatOps.Provisioning.Oci.Organizations;

namespace ChatOps.Provisioning.Oci.Steps;

/// <summary>
/// When to look at an unfinished work request again. Polling every PollInterval for a job that takes twenty
/// minutes spends dozens of Organizations calls per tenancy, and in a wave those polls queue behind the client's
/// rate limit ahead of real work. The work request says how far it is, so wait half of the remaining time it
/// implies (never less than the poll interval, never more than the cap): a handful of polls per tenancy, and the
/// last one at most a poll interval after the end.
/// </summary>
internal static class WorkRequestPolling
{
    public static TimeSpan NextPoll(WorkRequest workRequest, DateTimeOffset now, TimeSpan pollInterval, TimeSpan cap)
    {
        var elapsed = now - (workRequest.TimeStarted ?? workRequest.TimeAccepted);
        var percent = workRequest.PercentComplete;
        if (percent is <= 0 or >= 100 || elapsed <= TimeSpan.Zero)
        {
            return pollInterval;
        }

        var remaining = elapsed * ((100 - percent) / percent);
        var wait = remaining / 2;
        var upper = cap > pollInterval ? cap : pollInterval;
        return wait < pollInterval ? pollInterval : wait > upper ? upper : wait;
    }
}
