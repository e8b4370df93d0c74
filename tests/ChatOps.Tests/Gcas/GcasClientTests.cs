using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Gcas;
using ChatOps.Sandbox.Gcas;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Gcas;

public class GcasClientTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task Lists_submitted_applications_page_by_page_with_the_opaque_cursor()
    {
        await using var rig = await GcasRig.StartAsync();
        foreach (var application in SampleApplications.ValidSet())
        {
            rig.Gcas.AddApplication(application);
        }

        var ct = TestContext.Current.CancellationToken;
        var seen = new List<string?>();
        string? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            var outcome = await rig.Client.ListSubmittedApplicationsAsync(cursor, ct);
            Assert.True(outcome.IsSuccess, outcome.ToString());
            Assert.True(outcome.Value!.Items.Count <= 2);
            seen.AddRange(outcome.Value.Items.Select(i => i.ApplicationId));
            if (outcome.Value.NextCursor is null)
            {
                break;
            }

            cursor = outcome.Value.NextCursor;
        }

        Assert.Equal(SampleApplications.ValidSet().Select(a => (string?)a["applicationId"]!.GetValue<string>()), seen);
        var again = await rig.Client.ListSubmittedApplicationsAsync(cursor, ct);
        Assert.Empty(again.Value!.Items);

        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000200"));
        var later = await rig.Client.ListSubmittedApplicationsAsync(cursor, ct);
        Assert.Equal(["GCAS-2026-000200"], later.Value!.Items.Select(i => i.ApplicationId));
    }

    [Fact]
    public async Task Listed_items_keep_their_raw_json_even_when_malformed()
    {
        await using var rig = await GcasRig.StartAsync();
        var wrongTypes = SampleApplications.MalformedSet().Single(m => m.Defect == "wrong types").Application;
        rig.Gcas.AddApplication(wrongTypes);
        rig.Gcas.AddRawApplication("GCAS-2026-999999", "{\"applicationId\": 42, \"csp\": ");

        var outcome = await rig.Client.ListSubmittedApplicationsAsync(null, TestContext.Current.CancellationToken);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.True(JsonNode.DeepEquals(wrongTypes, JsonNode.Parse(outcome.Value!.Items[0].RawJson)));
        Assert.Null(outcome.Value.Items[1].ApplicationId);
        Assert.Equal("\"{\\u0022applicationId\\u0022: 42, \\u0022csp\\u0022: \"", outcome.Value.Items[1].RawJson);
    }

    [Fact]
    public async Task Gets_one_application_as_raw_text_and_404_is_permanent_with_problem_details()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Gcas.AddRawApplication("GCAS-2026-000777", "not json at all");
        var ct = TestContext.Current.CancellationToken;

        var found = await rig.Client.GetApplicationAsync("GCAS-2026-000777", ct);
        var missing = await rig.Client.GetApplicationAsync("GCAS-2026-000404", ct);

        Assert.Equal(new GcasRawApplication("GCAS-2026-000777", "not json at all"), found.Value);
        Assert.Equal(GcasOutcomeKind.PermanentFailure, missing.Kind);
        Assert.Equal(HttpStatusCode.NotFound, missing.Failure!.StatusCode);
        Assert.Equal(404, missing.Failure.Problem!.Status);
        Assert.Contains("GCAS-2026-000404", missing.Failure.Problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_event_is_recorded_once_even_when_posted_twice()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000123"));
        var completed = new GcasStatusEvent("GCAS-2026-000123", 2, GcasStatus.Completed, "GCAS-2026-000123:2", At,
            Step: "ReportingToGcas", Message: "払い出し完了",
            Tenancies: [new ProvisionedTenancy("本番", "ocid1.tenancy.oc1..aaaa", "chiyoda-jumin-prod", "ap-tokyo-1", "https://cloud.oracle.com/?tenant=chiyoda-jumin-prod")]);
        var ct = TestContext.Current.CancellationToken;

        var accepted = await rig.Client.PostStatusEventAsync(new GcasStatusEvent("GCAS-2026-000123", 1, GcasStatus.Accepted, "GCAS-2026-000123:1", At), ct);
        var first = await rig.Client.PostStatusEventAsync(completed, ct);
        var repeat = await rig.Client.PostStatusEventAsync(completed, ct);

        Assert.Equal(new GcasEventReceipt(AlreadyRecorded: false), accepted.Value);
        Assert.Equal(new GcasEventReceipt(AlreadyRecorded: false), first.Value);
        Assert.Equal(new GcasEventReceipt(AlreadyRecorded: true), repeat.Value);
        var events = rig.Gcas.Events("GCAS-2026-000123");
        Assert.Equal([1L, 2L], events.Select(e => e.Sequence));
        Assert.Equal(["accepted", "completed"], events.Select(e => e.Status));
        var body = JsonNode.Parse(events[1].BodyJson)!;
        Assert.Equal("2026-12-01T10:30:00+09:00", body["occurredAt"]!.GetValue<string>());
        Assert.Equal("chiyoda-jumin-prod", body["tenancies"]![0]!["tenancyName"]!.GetValue<string>());
        Assert.Null(body["reasons"]);
    }

    [Fact]
    public async Task Same_idempotency_key_with_a_different_body_is_a_permanent_409()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000124"));
        var ct = TestContext.Current.CancellationToken;
        var rejected = new GcasStatusEvent("GCAS-2026-000124", 1, GcasStatus.Rejected, "GCAS-2026-000124:1", At, Reasons: ["地方公共団体コードの検査数字が一致しません"]);

        await rig.Client.PostStatusEventAsync(rejected, ct);
        var conflict = await rig.Client.PostStatusEventAsync(rejected with { Reasons = ["something else"] }, ct);

        Assert.Equal(GcasOutcomeKind.PermanentFailure, conflict.Kind);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Failure!.StatusCode);
        Assert.EndsWith("idempotency-key-reused", conflict.Failure.Problem!.Type, StringComparison.Ordinal);
        Assert.Single(rig.Gcas.Events("GCAS-2026-000124"));
    }

    [Fact]
    public async Task Unknown_application_and_schema_errors_are_permanent()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000125"));
        var ct = TestContext.Current.CancellationToken;

        var unknown = await rig.Client.PostStatusEventAsync(new GcasStatusEvent("GCAS-2026-000000", 1, GcasStatus.Accepted, "k-unknown", At), ct);
        var invalid = await rig.Client.PostStatusEventAsync(new GcasStatusEvent("GCAS-2026-000125", 1, "done", "k-invalid", At), ct);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Failure!.StatusCode);
        Assert.Equal(GcasOutcomeKind.PermanentFailure, invalid.Kind);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Failure!.StatusCode);
        Assert.True(invalid.Failure.Problem!.Errors!.ContainsKey("/status"));
    }

    [Fact]
    public async Task Outage_with_retry_after_is_transient_and_clears_when_the_period_ends()
    {
        await using var rig = await GcasRig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        rig.Gcas.Faults.UnavailableFor(TimeSpan.FromMinutes(2));

        var during = await rig.Client.ListSubmittedApplicationsAsync(null, ct);
        rig.Federation.Time.Advance(TimeSpan.FromMinutes(3));
        var after = await rig.Client.ListSubmittedApplicationsAsync(null, ct);

        Assert.Equal(GcasOutcomeKind.TransientFailure, during.Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.Failure!.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(2), during.Failure.RetryAfter);
        Assert.True(after.IsSuccess, after.ToString());
    }

    [Fact]
    public async Task Server_errors_are_transient()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000126"));
        rig.Gcas.Faults.FailNext(2);
        var ct = TestContext.Current.CancellationToken;
        var statusEvent = new GcasStatusEvent("GCAS-2026-000126", 1, GcasStatus.Accepted, "GCAS-2026-000126:1", At);

        var first = await rig.Client.PostStatusEventAsync(statusEvent, ct);
        var second = await rig.Client.PostStatusEventAsync(statusEvent, ct);
        var third = await rig.Client.PostStatusEventAsync(statusEvent, ct);

        Assert.Equal(GcasOutcomeKind.TransientFailure, first.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, second.Failure!.StatusCode);
        Assert.Equal(new GcasEventReceipt(false), third.Value);
        Assert.Single(rig.Gcas.Events("GCAS-2026-000126"));
    }

    [Fact]
    public async Task A_slow_answer_is_a_transient_time_out()
    {
        // The time-out covers only the GCAS call (the token comes from its own client), so a loaded machine
        // cannot make a 2-second budget fail against a 60-second stall the wrong way round.
        await using var rig = await GcasRig.StartAsync(new() { ["Gcas:Timeout"] = "00:00:02" });
        var ct = TestContext.Current.CancellationToken;
        rig.Gcas.Faults.SlowNext(1, TimeSpan.FromSeconds(60));

        var outcome = await rig.Client.ListSubmittedApplicationsAsync(null, ct);

        Assert.Equal(GcasOutcomeKind.TransientFailure, outcome.Kind);
        Assert.Contains("timed out", outcome.Failure!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_principal_is_forbidden_and_permanent()
    {
        await using var rig = await GcasRig.StartAsync(gcasOptions: new GcasSimulatorOptions { RequiredPrincipal = "serviceAccount:other@x.iam.gserviceaccount.com" });

        var outcome = await rig.Client.ListSubmittedApplicationsAsync(null, TestContext.Current.CancellationToken);

        Assert.Equal(GcasOutcomeKind.PermanentFailure, outcome.Kind);
        Assert.Equal(HttpStatusCode.Forbidden, outcome.Failure!.StatusCode);
    }

    [Fact]
    public async Task A_token_gcas_no_longer_honours_is_replaced_once_and_the_call_succeeds()
    {
        await using var rig = await GcasRig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await rig.Client.ListSubmittedApplicationsAsync(null, ct)).IsSuccess);
        var tokens = rig.Services.GetRequiredService<ChatOps.Provisioning.Gcas.Auth.IGoogleAccessTokenSource>();
        rig.Federation.Google.Tokens.Revoke((await tokens.GetAccessTokenAsync(ct)).AccessToken!);

        var outcome = await rig.Client.ListSubmittedApplicationsAsync(null, ct);

        Assert.True(outcome.IsSuccess, outcome.ToString());
        Assert.Equal(2, rig.Federation.Google.IamCredentialsCounters.Issued);
    }

    [Fact]
    public async Task A_failing_auth_hop_becomes_the_outcome_without_calling_gcas()
    {
        await using var rig = await GcasRig.StartAsync();
        rig.Federation.Google.StsFaults.FailNext(1, 400, "invalid_grant", "The audience in ID Token does not match the expected audience.");

        var outcome = await rig.Client.ListSubmittedApplicationsAsync(null, TestContext.Current.CancellationToken);

        Assert.Equal(GcasOutcomeKind.PermanentFailure, outcome.Kind);
        Assert.Equal(ChatOps.Provisioning.Gcas.Auth.AuthHop.Sts, outcome.Failure!.Auth!.Hop);
        Assert.Contains("invalid_grant", outcome.Failure.Summary, StringComparison.Ordinal);
        Assert.Equal(0, rig.Gcas.RequestCount);
    }
}
