using System.Text.Json.Nodes;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Workflow;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Reliability.Faults;

/// <summary>
/// GCAS answers 503 to everything for a while. Status events wait in the outbox, the request that needs GCAS to
/// finish waits in ReportingToGcas, the other application keeps moving, and after GCAS returns every event arrives
/// once and in order.
/// </summary>
public class GcasOutageTests
{
    [Fact]
    public async Task During_a_GCAS_outage_status_events_queue_other_work_goes_on_and_afterwards_all_arrive_in_order()
    {
        await using var host = await BotHost.StartAsync(FaultFlow.Settings());
        var world = host.Sandbox.World;
        var first = await SandboxFlow.SubmitAsync(host, TestApplications.Valid());
        var second = await SandboxFlow.SubmitAsync(host, TestApplications.Valid(lgCode: "011002", name: "札幌市")
            .With(a => a["adminEmails"] = new JsonArray("admin@city.sapporo.lg.jp")));
        await FaultFlow.StateAsync(host, first.Id, RequestState.AwaitingApproval);
        await FaultFlow.StateAsync(host, second.Id, RequestState.AwaitingApproval);
        var outbox = host.Get<OutboxStore>();
        await SandboxFlow.WaitAsync(host, () => outbox.Stats(TimeProvider.System.GetUtcNow()), s => s.Pending == 0);
        var before = world.Gcas.Events(first.GcasApplicationId).Count + world.Gcas.Events(second.GcasApplicationId).Count;

        world.Gcas.Faults.UnavailableFor(TimeSpan.FromHours(1), TimeSpan.FromSeconds(1));
        await FaultFlow.ApproveAsync(host, first);
        await FaultFlow.ApproveAsync(host, second);
        await FaultFlow.FinishAsync(host, first.Id, RequestState.ReportingToGcas);
        await FaultFlow.StateAsync(host, second.Id, RequestState.AwaitingCredentials);

        // The second application got through three OCI steps while GCAS was down; its thread heard of each.
        await FaultFlow.ThreadTextAsync(host, second.Id, "Approved by");
        // Thread messages are not held behind the GCAS events waiting in the same outbox.
        var queued = await SandboxFlow.WaitAsync(host, () => outbox.Stats(TimeProvider.System.GetUtcNow()), s => s.PendingByKind.GetValueOrDefault(OutboxKinds.RequestEvent) == 0);
        Assert.True(queued.PendingByKind.GetValueOrDefault(OutboxKinds.GcasStatus) >= 2, string.Join(", ", queued.PendingByKind));
        Assert.Equal(before, world.Gcas.Events(first.GcasApplicationId).Count + world.Gcas.Events(second.GcasApplicationId).Count);
        Assert.Equal(RequestState.ReportingToGcas, (await FaultFlow.StateAsync(host, first.Id, RequestState.ReportingToGcas)).State);

        world.Gcas.Faults.Clear();
        var done = new[] { await FaultFlow.StateAsync(host, first.Id, RequestState.Completed), await FaultFlow.FinishAsync(host, second.Id) };

        var (events, _) = await FaultFlow.AssertNothingLostAsync(host, done);
        Assert.True(events > before);
        TestContext.Current.TestOutputHelper?.WriteLine($"{queued.PendingByKind.GetValueOrDefault(OutboxKinds.GcasStatus)} GCAS events queued during the outage; {events} delivered in order afterwards for 2 applications");
    }
}
