using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Gcas.Adapters;

public class GcasOutageTests
{
    private const string Chiyoda = "GCAS-2026-000123";
    private const string Malformed = "GCAS-2026-900001";

    [Fact]
    public async Task An_hour_of_gcas_outage_loses_nothing_reorders_nothing_and_does_not_hold_back_other_mail()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient();
        h.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));
        await h.Poller.PollNowAsync(ct);
        var request = h.ByApplication(Chiyoda);
        await h.DriveUntilAsync(() => h.Gcas.Events(Chiyoda).Count == 1);

        var outageEnds = h.Time.GetUtcNow().AddHours(1);
        h.Gcas.Faults.UnavailableFor(TimeSpan.FromHours(1));
        await h.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver);
        await h.DriveUntilAsync(() => h.Request(request.Id) is { State: RequestState.AwaitingCredentials } r && r.DueAt > h.Time.GetUtcNow());
        await h.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator);
        await h.DriveToAsync(request.Id, RequestState.ReportingToGcas);
        // Meanwhile another application is pushed, found invalid and its applicant told at once.
        h.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-900011", lgCode: "131017", adminEmail: "other@city.chiyoda.lg.jp"));
        var pushed = await GcasEndToEndTests.PushAsync(http, h, "GCAS-2026-900011", ct);
        await h.DriveUntilAsync(() => h.Sandbox.Smtp.Messages.Any(m => m.EnvelopeRecipients.Contains("other@city.chiyoda.lg.jp")));
        var otherMail = h.Sandbox.Smtp.Messages.Single(m => m.EnvelopeRecipients.Contains("other@city.chiyoda.lg.jp"));

        Assert.Equal(System.Net.HttpStatusCode.Accepted, pushed.Status);
        Assert.True(otherMail.ReceivedAt < outageEnds, $"mail at {otherMail.ReceivedAt:O}, outage until {outageEnds:O}");
        Assert.Single(h.Gcas.Events(Chiyoda));
        Assert.Empty(h.Gcas.Events("GCAS-2026-900011"));
        Assert.Contains(h.Traffic.Exchanges, e => e.Status == 503 && e.Uri.AbsolutePath.EndsWith("/status-events", StringComparison.Ordinal));

        var done = await h.DriveToAsync(request.Id, RequestState.Completed);
        await h.DriveUntilAsync(() => h.Gcas.Events("GCAS-2026-900011").Count == 1 && h.Sandbox.Smtp.Messages.Count == 2
            && h.Get<OutboxStore>().ForRequest(request.Id).All(m => m.Status == OutboxStatus.Delivered));

        var events = h.Gcas.Events(Chiyoda);
        Assert.Equal(["accepted", "in_progress", "in_progress", "in_progress", "in_progress", "completed"], events.Select(e => e.Status));
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Select(e => e.Sequence));
        Assert.Equal(events.Count, events.Select(e => e.IdempotencyKey).Distinct().Count());
        Assert.All(events.Skip(1), e => Assert.True(e.ReceivedAt >= outageEnds));
        var deliveries = h.Audit("gcas.status.delivered").Where(e => e.RequestId == request.Id).ToList();
        Assert.True(deliveries.Count == 6, "each event once, but: " + string.Join("; ", deliveries.Select(e => e.Details)));
        Assert.All(h.Get<OutboxStore>().ForRequest(request.Id), m => Assert.Equal(OutboxStatus.Delivered, m.Status));
        Assert.True(done.History.Single(v => v.State == RequestState.Completed).EnteredAt >= outageEnds);
        Assert.True(h.Sandbox.Smtp.Messages.Single(m => m.Subject.Contains(Chiyoda, StringComparison.Ordinal)).ReceivedAt >= outageEnds);
    }

    [Fact]
    public async Task A_mail_server_that_refuses_once_gets_the_mail_again_and_it_arrives_once()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Sandbox.Smtp.RefuseNext(1);
        h.Gcas.AddApplication(SampleApplications.MalformedSet().Single(m => m.Defect == "bad check digit").Application);

        await h.Poller.PollNowAsync(ct);
        var request = h.ByApplication(Malformed);
        await h.DriveUntilAsync(() => h.Sandbox.Smtp.Messages.Count == 1
            && h.Get<OutboxStore>().ForRequest(request.Id).All(m => m.Status == OutboxStatus.Delivered));

        Assert.Equal(1, h.Sandbox.Smtp.RefusedCount);
        var mail = Assert.Single(h.Sandbox.Smtp.Messages);
        Assert.Equal(["admin@city.chiyoda.lg.jp"], mail.EnvelopeRecipients);
        var email = Assert.Single(h.Get<OutboxStore>().ForRequest(request.Id), m => m.Kind == OutboxKinds.Email);
        Assert.Equal(2, email.Attempts);
        Assert.Single(h.Audit("email.sent"));
    }
}
