using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Provisioning.Storage;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Operations;

public class WatchdogTests
{
    [Fact]
    public async Task A_step_stuck_past_its_expected_duration_raises_one_alert_for_the_ops_channel()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Workflow:RequireApproval"] = "false",
            ["Simulation:TenancyDuration"] = "03:00:00",
            ["Workflow:Steps:CreatingTenancy:Timeout"] = "05:00:00",
            ["Watchdog:ExpectedDurations:CreatingTenancy"] = "00:30:00",
        });
        var request = await harness.SubmitAsync(TestApplications.Valid());

        await harness.DriveUntilAsync(() => Alerts(harness, request.Id).Any(a => a.Kind == OpsAlertKind.Stuck));
        harness.Get<Watchdog>().Check();
        harness.Get<Watchdog>().Check();

        var alert = Assert.Single(Alerts(harness, request.Id), a => a.Kind == OpsAlertKind.Stuck);
        Assert.Contains(request.Id, alert.TextEn, StringComparison.Ordinal);
        Assert.Contains("CreatingTenancy", alert.TextJa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_piling_up_in_the_outbox_raise_an_alert_and_every_start_says_it_restarted()
    {
        await using var harness = await ProvisioningHarness.StartAsync(new Dictionary<string, string?> { ["Watchdog:OutboxAgeThreshold"] = "00:20:00" });
        harness.Get<SimulatedGcas>().Unavailable = true;
        await harness.SubmitAsync(TestApplications.Valid());

        await harness.DriveUntilAsync(() => AllAlerts(harness).Any(a => a.Kind == OpsAlertKind.OutboxAging));

        Assert.Contains(AllAlerts(harness), a => a.Kind == OpsAlertKind.Restarted && a.TextEn.Contains("resumed", StringComparison.Ordinal));
        Assert.Contains("gcas.status", Assert.Single(AllAlerts(harness), a => a.Kind == OpsAlertKind.OutboxAging).TextEn, StringComparison.Ordinal);
    }

    private static IEnumerable<OpsAlert> Alerts(ProvisioningHarness harness, string requestId) =>
        harness.Get<OutboxStore>().ForRequest(requestId).Where(m => m.Kind == OutboxKinds.OpsAlert).Select(m => ProvisioningJson.Deserialize<OpsAlert>(m.Payload));

    private static List<OpsAlert> AllAlerts(ProvisioningHarness harness) => harness.Get<LiteStore>().Read(db =>
        db.GetCollection("outbox").Find(LiteDB.Query.EQ("Kind", OutboxKinds.OpsAlert)).Select(d => ProvisioningJson.Deserialize<OpsAlert>(d["Payload"].AsString)).ToList());
}
