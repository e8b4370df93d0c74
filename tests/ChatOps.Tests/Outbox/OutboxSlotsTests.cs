using ChatOps.Provisioning.Outbox;

namespace ChatOps.Tests.Outbox;

public class OutboxSlotsTests
{
    [Fact]
    public void A_slow_kind_cannot_take_the_slots_every_other_kind_needs()
    {
        var slots = new OutboxSlots(maxConcurrency: 8, kinds: 4);
        while (slots.CanStart(OutboxKinds.RequestEvent))
        {
            slots.Take(OutboxKinds.RequestEvent);
        }

        Assert.Equal(5, slots.PerKind);
        Assert.True(slots.CanStart(OutboxKinds.GcasStatus));
        slots.Take(OutboxKinds.GcasStatus);
        Assert.True(slots.CanStart(OutboxKinds.Email));
        slots.Take(OutboxKinds.Email);
        Assert.True(slots.CanStart(OutboxKinds.OpsAlert));
        slots.Take(OutboxKinds.OpsAlert);

        Assert.False(slots.CanStart(OutboxKinds.GcasStatus));
        slots.Release(OutboxKinds.RequestEvent);
        Assert.True(slots.CanStart(OutboxKinds.GcasStatus));
    }

    [Fact]
    public void With_fewer_slots_than_kinds_each_kind_still_gets_one()
    {
        var slots = new OutboxSlots(maxConcurrency: 2, kinds: 4);

        Assert.Equal(1, slots.PerKind);
        slots.Take(OutboxKinds.RequestEvent);
        Assert.False(slots.CanStart(OutboxKinds.RequestEvent));
        Assert.True(slots.CanStart(OutboxKinds.GcasStatus));
    }

    [Fact]
    public void Two_slow_kinds_together_leave_a_slot_for_a_third()
    {
        var slots = new OutboxSlots(maxConcurrency: 8, kinds: 4);
        for (var i = 0; i < 4; i++)
        {
            slots.Take(OutboxKinds.RequestEvent);
        }

        while (slots.CanStart(OutboxKinds.Email))
        {
            slots.Take(OutboxKinds.Email);
        }

        Assert.True(slots.CanStart(OutboxKinds.GcasStatus));
        slots.Take(OutboxKinds.GcasStatus);
        Assert.True(slots.CanStart(OutboxKinds.OpsAlert));
        Assert.False(slots.CanStart(OutboxKinds.RequestEvent));
    }
}
