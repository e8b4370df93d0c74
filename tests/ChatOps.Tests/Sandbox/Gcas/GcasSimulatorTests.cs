using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Gcas;
using ChatOps.Sandbox.Google;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Sandbox.Gcas;

public class GcasSimulatorTests
{
    private const string Scope = "https://www.googleapis.com/auth/cloud-platform";

    [Fact]
    public async Task No_or_unknown_bearer_token_gets_401_problem_json()
    {
        await using var rig = await Rig.StartAsync();
        var ct = TestContext.Current.CancellationToken;

        using var anonymous = await rig.Http.GetAsync("v1/oci/applications", ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/oci/applications");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "ya29.made-up");
        using var forged = await rig.Http.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(401, JsonNode.Parse(await anonymous.Content.ReadAsStringAsync(ct))!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_a_token_without_the_scope_is_forbidden()
    {
        await using var rig = await Rig.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var shortLived = rig.Tokens.Mint("sa", "serviceAccount:a@b", [Scope], TimeSpan.FromMinutes(5)).Token;
        var unscoped = rig.Tokens.Mint("sa", "serviceAccount:a@b", ["https://www.googleapis.com/auth/iam"], TimeSpan.FromHours(1)).Token;
        rig.Time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.Unauthorized, (await rig.GetAsync("v1/oci/applications", shortLived, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rig.GetAsync("v1/oci/applications", unscoped, ct)).StatusCode);
    }

    [Fact]
    public async Task Seeded_samples_are_listed_in_order_and_bad_paging_parameters_are_400()
    {
        await using var rig = await Rig.StartAsync();
        rig.Gcas.SeedSamples();
        var ct = TestContext.Current.CancellationToken;

        var all = JsonNode.Parse(await (await rig.GetAsync("v1/oci/applications?status=submitted&limit=100", rig.Token, ct)).Content.ReadAsStringAsync(ct))!;
        var badCursor = await rig.GetAsync("v1/oci/applications?after=not-a-cursor", rig.Token, ct);
        var badLimit = await rig.GetAsync("v1/oci/applications?limit=0", rig.Token, ct);

        var ids = all["items"]!.AsArray().Select(i => i!["applicationId"]!.GetValue<string>()).ToList();
        Assert.Equal(SampleApplications.ValidSet().Count + SampleApplications.MalformedSet().Count, ids.Count);
        Assert.Equal("GCAS-2026-000123", ids[0]);
        Assert.Contains("GCAS-2026-900007", ids);
        Assert.NotNull(all["nextCursor"]);
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    [Fact]
    public async Task Status_events_follow_idempotency_key_rules_and_change_the_listed_status()
    {
        await using var rig = await Rig.StartAsync();
        rig.Gcas.AddApplication(SampleApplications.Valid("GCAS-2026-000123"));
        var ct = TestContext.Current.CancellationToken;
        const string accepted = """{"sequence":1,"status":"accepted","occurredAt":"2026-12-01T09:05:00+09:00"}""";

        var created = await rig.PostEventAsync("GCAS-2026-000123", "key-1", accepted, ct);
        var replayed = await rig.PostEventAsync("GCAS-2026-000123", "key-1", """{ "status": "accepted", "sequence": 1, "occurredAt": "2026-12-01T09:05:00+09:00" }""", ct);
        var reusedKey = await rig.PostEventAsync("GCAS-2026-000123", "key-1", """{"sequence":1,"status":"failed","occurredAt":"2026-12-01T09:05:00+09:00"}""", ct);
        var reusedSequence = await rig.PostEventAsync("GCAS-2026-000123", "key-2", """{"sequence":1,"status":"failed","occurredAt":"2026-12-01T09:05:00+09:00"}""", ct);
        var noKey = await rig.PostEventAsync("GCAS-2026-000123", null, accepted, ct);
        var badBody = await rig.PostEventAsync("GCAS-2026-000123", "key-3", """{"sequence":"2","status":"done","tenancies":[{}]}""", ct);
        var unknown = await rig.PostEventAsync("GCAS-2026-000999", "key-4", accepted, ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(await created.Content.ReadAsStringAsync(ct), await replayed.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.Conflict, reusedKey.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reusedSequence.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badBody.StatusCode);
        var errors = JsonNode.Parse(await badBody.Content.ReadAsStringAsync(ct))!["errors"]!.AsObject();
        Assert.Contains("/sequence", errors.Select(e => e.Key));
        Assert.Contains("/occurredAt", errors.Select(e => e.Key));
        Assert.Contains("/tenancies/0/tenancyId", errors.Select(e => e.Key));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Single(rig.Gcas.Events("GCAS-2026-000123"));
        var submitted = JsonNode.Parse(await (await rig.GetAsync("v1/oci/applications?status=submitted", rig.Token, ct)).Content.ReadAsStringAsync(ct))!;
        Assert.Empty(submitted["items"]!.AsArray());
    }

    private sealed class Rig(FakeTimeProvider time, GoogleAccessTokens tokens, GcasSimulator gcas) : IAsyncDisposable
    {
        public FakeTimeProvider Time { get; } = time;

        public GoogleAccessTokens Tokens { get; } = tokens;

        public GcasSimulator Gcas { get; } = gcas;

        public HttpClient Http { get; } = new() { BaseAddress = gcas.BaseUri };

        public string Token { get; } = tokens.Mint("sa", "serviceAccount:chatops@x.iam.gserviceaccount.com", [Scope], TimeSpan.FromHours(1)).Token;

        public static async Task<Rig> StartAsync()
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
            var tokens = new GoogleAccessTokens(time);
            return new Rig(time, tokens, await GcasSimulator.StartAsync(tokens, time));
        }

        public async Task<HttpResponseMessage> GetAsync(string path, string token, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await Http.SendAsync(request, ct);
        }

        public async Task<HttpResponseMessage> PostEventAsync(string applicationId, string? key, string body, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"v1/oci/applications/{applicationId}/status-events")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            return await Http.SendAsync(request, ct);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Gcas.DisposeAsync();
        }
    }
}
