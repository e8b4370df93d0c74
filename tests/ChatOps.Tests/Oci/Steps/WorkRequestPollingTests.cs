using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Oci.Steps;

namespace ChatOps.Tests.Oci.Steps;

public class WorkRequestPollingTests
{
    private static readonly DateTimeOffset Accepted = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    [Fact]
    public void Without_progress_it_polls_at_the_poll_interval() =>
        Assert.Equal(Poll, WorkRequestPolling.NextPoll(At(0), Accepted.AddSeconds(10), Poll, Cap));

    [Fact]
    public void It_waits_half_the_remaining_time_the_progress_implies()
    {
        // 50 % after 4 minutes: about 4 minutes left, so look again in 2.
        Assert.Equal(TimeSpan.FromMinutes(2), WorkRequestPolling.NextPoll(At(50), Accepted.AddMinutes(4), Poll, Cap));
    }

    [Fact]
    public void The_wait_is_capped_and_never_below_the_poll_interval()
    {
        Assert.Equal(Cap, WorkRequestPolling.NextPoll(At(1), Accepted.AddMinutes(1), Poll, Cap));
        Assert.Equal(Poll, WorkRequestPolling.NextPoll(At(99), Accepted.AddMinutes(19), Poll, Cap));
    }

    [Fact]
    public void A_twenty_minute_job_takes_a_handful_of_polls_and_is_seen_done_within_a_poll_interval()
    {
        var duration = TimeSpan.FromMinutes(20);
        var now = Accepted + Poll;
        var polls = 1;
        while (now - Accepted < duration)
        {
            var percent = Math.Round((now - Accepted) / duration * 100, 1);
            now += WorkRequestPolling.NextPoll(At(percent), now, Poll, Cap);
            polls++;
        }

        Assert.InRange(polls, 3, 12);
        Assert.True(now - Accepted - duration <= Poll, $"seen done {now - Accepted - duration} late");
    }

    private static WorkRequest At(double percent) =>
        new("ocid1.workrequest.oc1..x", "CREATE_CHILD_TENANCY", WorkRequest.InProgress, "ocid1.tenancy.oc1..p", [], percent, Accepted);
}
