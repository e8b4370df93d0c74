using ChatOps.Provisioning.Outbox;

namespace ChatOps.Tests.Outbox;

public class OutboxSlotsTests
{
    [Fact]
    public void A_slow_kind_that_fills_its_slots_leaves_every_other_kind_its_own()
    {
        var slots = new OutboxSlots(perKind: 8);
        while (slots.CanStart(OutboxKinds.RequestEvent))
        {
            slots.Take(OutboxKinds.RequestEvent);
        }

        while (slots.CanStart(OutboxKinds.Email))
        {
            slots.Take(OutboxKinds.Email);
        }

        for (var i = 0; i < 8; i++)
        {
            Assert.True(slots.CanStart(OutboxKinds.GcasStatus));
            slots.Take(OutboxKinds.GcasStatus);
        }

        Assert.False(slots.CanStart(OutboxKinds.GcasStatus));
        Assert.True(slots.CanStart(OutboxKinds.OpsAlert));
    }

    [Fact]
    public void A_released_slot_can_be_taken_again()
    {
        var slots = new OutboxSlots(perKind: 1);
        slots.Take(OutboxKinds.RequestEvent);
        Assert.False(slots.CanStart(OutboxKinds.RequestEvent));

        slots.Release(OutboxKinds.RequestEvent);

        Assert.True(slots.CanStart(OutboxKinds.RequestEvent));
    }
}
