using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Workflow;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Support;
using MimeKit;

namespace ChatOps.Tests.Gcas.Adapters;

public class GcasEndToEndTests
{
    private const string Chiyoda = "GCAS-2026-000123";

    [Fact]
    public async Task A_polled_application_is_provisioned_and_gcas_and_the_requester_hear_every_step()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));

        Assert.True((await h.Poller.PollNowAsync(ct)).Succeeded);
        var request = h.ByApplication(Chiyoda);
        await h.DriveToAsync(request.Id, RequestState.AwaitingApproval);
        Assert.IsType<CommandResult.Accepted>(await h.CommandAsync(request.Id, RequestAction.Approve, ProvisioningHarness.Approver));
        await h.DriveUntilAsync(() => h.Request(request.Id) is { State: RequestState.AwaitingCredentials } r && r.DueAt > h.Time.GetUtcNow());
        Assert.IsType<CommandResult.Accepted>(await h.CommandAsync(request.Id, RequestAction.ConfirmCredentials, ProvisioningHarness.Operator, "適用しました"));
        var done = await h.DriveToAsync(request.Id, RequestState.Completed);
        await h.DriveUntilAsync(() => h.Audit("email.sent").Count > 0);

        var events = h.Gcas.Events(Chiyoda);
        Assert.Equal(["accepted", "in_progress", "in_progress", "in_progress", "in_progress", "completed"], events.Select(e => e.Status));
        Assert.Equal([1L, 2, 3, 4, 5, 6], events.Select(e => e.Sequence));
        Assert.Equal(["CreatingTenancy", "ActivatingRegions", "AwaitingCredentials", "ApplyingTemplate"],
            events.Where(e => e.Status == GcasStatus.InProgress).Select(e => JsonNode.Parse(e.BodyJson)!["step"]!.GetValue<string>()));
        var tenancies = JsonNode.Parse(events[^1].BodyJson)!["tenancies"]!.AsArray();
        Assert.Equal(
            [done.ProgressValue(ProgressKeys.TenancyId("prd")), done.ProgressValue(ProgressKeys.TenancyId("stg"))],
            tenancies.Select(t => t!["tenancyId"]!.GetValue<string>()));
        Assert.All(tenancies, t => Assert.StartsWith("ocid1.tenancy.", t!["tenancyId"]!.GetValue<string>(), StringComparison.Ordinal));

        var mail = Assert.Single(h.Sandbox.Smtp.Messages);
        Assert.Equal(["admin@city.chiyoda.lg.jp"], mail.EnvelopeRecipients);
        Assert.Contains(Chiyoda, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("払い出しが完了しました", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("have been provisioned", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(done.ProgressValue(ProgressKeys.TenancyId("prd"))!, mail.HtmlBody, StringComparison.Ordinal);
        using var parsed = await MimeMessage.LoadAsync(new MemoryStream(mail.Raw), ct);
        Assert.Equal(["text/plain", "text/html"], Assert.IsType<MultipartAlternative>(parsed.Body).Select(p => p.ContentType.MimeType));

        Assert.Equal(6, h.Audit("gcas.status.delivered").Count(e => e.RequestId == request.Id && e.Details.Contains("\"recorded\"", StringComparison.Ordinal)));
        Assert.Single(h.Audit("email.sent"), e => e.RequestId == request.Id);
        Assert.True(h.Get<Provisioning.Audit.AuditTrail>().Verify().IsIntact);
    }

    [Fact]
    public async Task The_same_application_listed_twice_makes_one_request()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));
        await h.Poller.PollNowAsync(ct);
        await h.DriveUntilAsync(() => h.Gcas.Events(Chiyoda).Count == 1);

        // GCAS lists it again after our cursor (a resubmission, or a cursor GCAS could not honour).
        h.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));
        var second = await h.Poller.PollNowAsync(ct);

        Assert.True(second.Succeeded);
        Assert.Equal(1, second.Duplicates);
        Assert.Equal(0, second.Created);
        Assert.Equal(1, h.Requests.Count());
        Assert.Single(h.Audit("request.received"));
    }

    [Fact]
    public async Task A_push_and_a_poll_of_one_application_make_one_request_and_the_push_learns_our_id()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient();
        h.Gcas.AddApplication(SampleApplications.Valid(Chiyoda));
        h.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000124", name: "札幌市", lgCode: "011002", adminEmail: "admin@city.sapporo.lg.jp"));

        var pushed = await PushAsync(http, h, Chiyoda, ct);
        await h.Poller.PollNowAsync(ct);
        var pushedAfterPoll = await PushAsync(http, h, "GCAS-2026-000124", ct);

        Assert.Equal(HttpStatusCode.Accepted, pushed.Status);
        Assert.False(pushed.Body["duplicate"]!.GetValue<bool>());
        Assert.Equal(h.ByApplication(Chiyoda).Id, pushed.Body["requestId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, pushedAfterPoll.Status);
        Assert.True(pushedAfterPoll.Body["duplicate"]!.GetValue<bool>());
        Assert.Equal(h.ByApplication("GCAS-2026-000124").Id, pushedAfterPoll.Body["requestId"]!.GetValue<string>());
        Assert.Equal(2, h.Requests.Count());
        Assert.Equal(2, h.Audit("request.received").Count);
    }

    [Fact]
    public async Task Every_malformed_application_is_rejected_and_gcas_and_the_requester_get_the_reasons()
    {
        await using var h = await AdapterHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var malformed = SampleApplications.MalformedSet();
        foreach (var (_, application) in malformed)
        {
            h.Gcas.AddApplication(application);
        }

        var poll = await h.Poller.PollNowAsync(ct);
        var ids = malformed.Select(m => m.Application["applicationId"]!.GetValue<string>()).ToList();
        await h.DriveUntilAsync(() => ids.All(id => h.Gcas.Events(id).Count == 1));

        Assert.True(poll.Succeeded, poll.Failure?.Summary);
        Assert.All(ids, id => Assert.Equal(RequestState.Rejected, h.ByApplication(id).State));
        foreach (var id in ids)
        {
            var rejected = Assert.Single(h.Gcas.Events(id));
            Assert.Equal(GcasStatus.Rejected, rejected.Status);
            Assert.NotEmpty(JsonNode.Parse(rejected.BodyJson)!["reasons"]!.AsArray());
        }

        var checkDigit = JsonNode.Parse(h.Gcas.Events("GCAS-2026-900001")[0].BodyJson)!["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(checkDigit, r => r.Contains("organization.lgCode", StringComparison.Ordinal));
        var mail = await h.Sandbox.Smtp.WaitForMessageAsync(m => m.Subject.Contains("GCAS-2026-900001", StringComparison.Ordinal), ct)
            .WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.Equal(["admin@city.chiyoda.lg.jp"], mail.EnvelopeRecipients);
        Assert.Contains("差し戻し", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(checkDigit[0].Split(" / ")[0].Split(": ", 2)[1], mail.TextBody, StringComparison.Ordinal);
    }

    internal static async Task<(HttpStatusCode Status, JsonObject Body)> PushAsync(HttpClient http, AdapterHarness h, string applicationId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, h.PushUri)
        {
            Content = new StringContent(h.Gcas.Store.Find(applicationId)!.RawJson, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", h.PushToken());
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
