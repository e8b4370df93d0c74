using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Engine;

namespace ChatOps.Tests.Workflow.Engine;

public class PollPacerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_request_is_polled_when_its_step_says()
    {
        var pacer = new PollPacer();
        var policy = new StepPolicy { MaxPollsPerSecond = 0.5 };

        Assert.Equal(Now.AddSeconds(30), pacer.Reserve(RequestState.CreatingTenancy, Now.AddSeconds(30), policy));
        Assert.Equal(Now.AddSeconds(90), pacer.Reserve(RequestState.CreatingTenancy, Now.AddSeconds(90), policy));
    }

    [Fact]
    public void Many_requests_due_together_are_spread_to_the_steps_poll_budget()
    {
        var pacer = new PollPacer();
        var policy = new StepPolicy { MaxPollsPerSecond = 0.5 };

        var slots = Enumerable.Range(0, 5).Select(_ => pacer.Reserve(RequestState.ActivatingRegions, Now, policy)).ToList();

        Assert.Equal([Now, Now.AddSeconds(2), Now.AddSeconds(4), Now.AddSeconds(6), Now.AddSeconds(8)], slots);
    }

    [Fact]
    public void Each_step_has_its_own_budget_and_a_step_without_one_is_not_paced()
    {
        var pacer = new PollPacer();
        var paced = new StepPolicy { MaxPollsPerSecond = 1 };

        pacer.Reserve(RequestState.CreatingTenancy, Now, paced);
        var otherStep = pacer.Reserve(RequestState.ActivatingRegions, Now, paced);
        var unpaced = Enumerable.Range(0, 3).Select(_ => pacer.Reserve(RequestState.ReportingToGcas, Now, new StepPolicy())).Distinct().ToList();
        var off = pacer.Reserve(RequestState.CreatingTenancy, Now, new StepPolicy { MaxPollsPerSecond = 0 });

        Assert.Equal(Now, otherStep);
        Assert.Equal([Now], unpaced);
        Assert.Equal(Now, off);
    }

    [Fact]
    public void A_later_wait_keeps_its_own_time_once_the_earlier_slots_are_past()
    {
        var pacer = new PollPacer();
        var policy = new StepPolicy { MaxPollsPerSecond = 0.5 };
        pacer.Reserve(RequestState.CreatingTenancy, Now, policy);
        pacer.Reserve(RequestState.CreatingTenancy, Now, policy);

        // The slots taken are Now and Now+2 s: Now+5 s is free, the next one after it two seconds later.
        Assert.Equal(Now.AddSeconds(5), pacer.Reserve(RequestState.CreatingTenancy, Now.AddSeconds(5), policy));
        Assert.Equal(Now.AddSeconds(7), pacer.Reserve(RequestState.CreatingTenancy, Now.AddSeconds(5), policy));
    }
}
