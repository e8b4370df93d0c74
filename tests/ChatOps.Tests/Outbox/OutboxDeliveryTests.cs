using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Outbox;

public class OutboxDeliveryTests
{
    [Fact]
    public async Task A_gcas_outage_of_an_hour_loses_nothing_keeps_order_and_delays_nothing_else()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:AccessWithoutConfirmation"] = "true",
        });
        var gcas = harness.Get<SimulatedGcas>();
        gcas.Unavailable = true;
        var good = await harness.SubmitAsync(TestApplications.Valid());
        var bad = await harness.SubmitAsync(TestApplications.Valid().With(a => a["homeRegion"] = "us-ashburn-1"));

        await harness.DriveToAsync(good.Id, RequestState.ReportingToGcas);
        await harness.DriveUntilAsync(() => harness.Cloud.Mails.Values.Any(m => m.Kind == RequesterNoticeKind.Rejected));
        var outageStart = harness.Time.GetUtcNow();
        await harness.DriveUntilAsync(() => harness.Time.GetUtcNow() - outageStart > TimeSpan.FromHours(1));

        Assert.Equal(RequestState.ReportingToGcas, harness.Request(good.Id).State);
        Assert.Empty(harness.Cloud.GcasEvents);
        Assert.True(harness.Get<OutboxStore>().Stats(harness.Time.GetUtcNow()).PendingByKind[OutboxKinds.GcasStatus] >= 7);

        gcas.Unavailable = false;
        await harness.DriveToAsync(good.Id, RequestState.Completed);

        var events = harness.GcasEventsOf(good.GcasApplicationId);
        Assert.Equal([GcasStatus.Accepted, GcasStatus.InProgress, GcasStatus.InProgress, GcasStatus.InProgress, GcasStatus.InProgress, GcasStatus.Completed], events.Select(e => e.Status));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(bad.GcasApplicationId).Count > 0);
        Assert.Equal(GcasStatus.Rejected, Assert.Single(harness.GcasEventsOf(bad.GcasApplicationId)).Status);
    }

    [Fact]
    public async Task Pending_messages_survive_a_restart_and_go_out_after_it()
    {
        using var directory = new TempDirectory();
        await using var harness = await ProvisioningHarness.StartAsync(storePath: directory.File("chatops.db"));
        harness.Get<SimulatedGcas>().Unavailable = true;
        var request = await harness.SubmitAsync(TestApplications.Valid());
        await harness.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        await harness.DriveUntilAsync(() => harness.Get<OutboxStore>().ForRequest(request.Id).Any(m => m.Kind == OutboxKinds.GcasStatus && m.Attempts > 0));

        await harness.RestartAsync();
        await harness.DriveUntilAsync(() => harness.GcasEventsOf(request.GcasApplicationId).Count > 0);

        Assert.Equal(GcasStatus.Accepted, Assert.Single(harness.GcasEventsOf(request.GcasApplicationId)).Status);
    }

    [Fact]
    public async Task A_message_is_delivered_once_even_when_the_receiver_fails_first()
    {
        await using var harness = await ProvisioningHarness.StartAsync();
        harness.Cloud.Fail(SimulatedOperation.ReportToGcas, 3);
        var request = await harness.SubmitAsync(TestApplications.Valid());

        await harness.DriveUntilAsync(() => harness.GcasEventsOf(request.GcasApplicationId).Count > 0);

        var message = Assert.Single(harness.Get<OutboxStore>().ForRequest(request.Id), m => m.Kind == OutboxKinds.GcasStatus);
        Assert.Equal(OutboxStatus.Delivered, message.Status);
        Assert.Equal(4, message.Attempts);
        Assert.Single(harness.GcasEventsOf(request.GcasApplicationId));
    }
}
