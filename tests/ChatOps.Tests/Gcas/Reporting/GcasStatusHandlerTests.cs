using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Reporting;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Gcas.Adapters;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatOps.Tests.Gcas.Reporting;

public class GcasStatusHandlerTests
{
    private const string Chiyoda = "GCAS-2026-000123";

    [Fact]
    public async Task A_new_event_is_recorded_and_a_redelivery_is_answered_as_already_recorded()
    {
        await using var rig = await Rig.StartAsync();
        var message = Message(Event(1, GcasStatus.Accepted));

        var first = await rig.Handler.DeliverAsync(message, TestContext.Current.CancellationToken);
        var again = await rig.Handler.DeliverAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(DeliveryResult.Delivered, first);
        Assert.Equal(DeliveryResult.Delivered, again);
        Assert.Single(rig.Gcas.Events(Chiyoda));
        Assert.Equal(["recorded", "replayed"], rig.Audit.Records.Select(r => r.Details!["result"]!.GetValue<string>()));
        var details = rig.Audit.Records[0];
        Assert.Equal(("gcas.status.delivered", "PR-1"), (details.Action, details.RequestId));
        Assert.Equal((Chiyoda, "accepted", 1L), (details.Details!["applicationId"]!.GetValue<string>(), details.Details["status"]!.GetValue<string>(), details.Details["sequence"]!.GetValue<long>()));
        Assert.DoesNotContain(rig.Audit.Records, r => r.Details!.ToJsonString().Contains("Bearer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_same_key_with_another_body_counts_as_delivered_since_gcas_holds_that_event()
    {
        await using var rig = await Rig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await rig.Client.PostStatusEventAsync(Event(1, GcasStatus.Accepted) with { Message = "written by an older version" }, ct);

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted)), ct);

        Assert.Equal(DeliveryResult.Delivered, result);
        Assert.Equal("already-recorded-with-other-body", rig.Audit.Records.Single().Details!["result"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sequence_gcas_holds_under_another_key_is_refused_for_the_operator()
    {
        await using var rig = await Rig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        await rig.Client.PostStatusEventAsync(Event(1, GcasStatus.Accepted), ct);

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Rejected) with { Reasons = ["r"] }), ct);

        var refused = Assert.IsType<DeliveryResult.Dead>(result);
        Assert.Contains("409", refused.Error, StringComparison.Ordinal);
        Assert.Empty(rig.Audit.Records);
    }

    [Fact]
    public async Task An_application_gcas_does_not_know_is_refused()
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted) with { ApplicationId = "GCAS-2026-999999" }), TestContext.Current.CancellationToken);

        Assert.Contains("404", Assert.IsType<DeliveryResult.Dead>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_application_without_a_gcas_id_is_refused_without_calling_gcas()
    {
        await using var rig = await Rig.StartAsync();
        var before = rig.Gcas.RequestCount;

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Rejected) with { ApplicationId = "unidentified-0123456789abcdef" }), TestContext.Current.CancellationToken);

        Assert.IsType<DeliveryResult.Dead>(result);
        Assert.Equal(before, rig.Gcas.RequestCount);
    }

    [Fact]
    public async Task Maintenance_is_retried_after_gcas_retry_after_and_a_500_after_our_backoff()
    {
        await using var rig = await Rig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        rig.Gcas.Faults.UnavailableFor(TimeSpan.FromHours(1));
        var maintenance = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted)), ct);
        rig.Gcas.Faults.Clear();
        rig.Gcas.Faults.FailNext(1);
        var serverError = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted)), ct);

        Assert.Equal(TimeSpan.FromHours(1), Assert.IsType<DeliveryResult.RetryLater>(maintenance).After);
        Assert.Null(Assert.IsType<DeliveryResult.RetryLater>(serverError).After);
        Assert.Empty(rig.Gcas.Events(Chiyoda));
    }

    [Fact]
    public async Task A_forbidden_caller_keeps_the_event_queued_for_when_the_configuration_is_fixed()
    {
        await using var rig = await Rig.StartAsync(new GcasSimulatorOptions { RequiredPrincipal = "serviceAccount:someone-else@gcas.iam.gserviceaccount.com" });

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted)), TestContext.Current.CancellationToken);

        Assert.Contains("403", Assert.IsType<DeliveryResult.RetryLater>(result).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_payload_is_refused_rather_than_retried_for_ever()
    {
        await using var rig = await Rig.StartAsync();

        var result = await rig.Handler.DeliverAsync(Message(Event(1, GcasStatus.Accepted)) with { Payload = "{not json" }, TestContext.Current.CancellationToken);

        Assert.IsType<DeliveryResult.Dead>(result);
    }

    private static GcasStatusEvent Event(long sequence, string status) =>
        new(Chiyoda, sequence, status, $"{Chiyoda}:{sequence}:{status}", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9)));

    private static OutboxMessage Message(GcasStatusEvent statusEvent) => new(
        1, OutboxKinds.GcasStatus, $"gcas:{statusEvent.ApplicationId}", statusEvent.IdempotencyKey, ProvisioningJson.Serialize(statusEvent),
        "PR-1", OutboxStatus.Pending, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 0, null, null);

    private sealed class Rig : IAsyncDisposable
    {
        private readonly GcasRig _gcas;

        private Rig(GcasRig gcas)
        {
            _gcas = gcas;
            Handler = new GcasStatusHandler(gcas.Client, Audit, NullLogger<GcasStatusHandler>.Instance);
        }

        public RecordingAuditTrail Audit { get; } = new();

        public GcasStatusHandler Handler { get; }

        public IGcasClient Client => _gcas.Client;

        public GcasSimulator Gcas => _gcas.Gcas;

        public static async Task<Rig> StartAsync(GcasSimulatorOptions? options = null)
        {
            var gcas = await GcasRig.StartAsync(gcasOptions: options);
            gcas.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));
            return new Rig(gcas);
        }

        public ValueTask DisposeAsync() => _gcas.DisposeAsync();
    }
}
