using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Provisioning.Audit;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Gcas.Adapters;

namespace ChatOps.Tests.Bot.Gcas;

public class GcasPushEndpointTests
{
    private const string Chiyoda = "GCAS-2026-000123";

    [Fact]
    public async Task A_verified_push_creates_a_request_and_a_repeat_is_answered_200_with_the_same_id()
    {
        await using var h = await AdapterHarness.StartAsync();
        var body = SampleApplications.Valid(Chiyoda).ToJsonString();

        var (first, firstBody) = await PushAsync(h, body, h.PushToken());
        var (second, secondBody) = await PushAsync(h, body, h.PushToken());

        Assert.Equal(HttpStatusCode.Accepted, first);
        Assert.Equal(HttpStatusCode.OK, second);
        var request = h.ByApplication(Chiyoda);
        Assert.Equal(request.Id, JsonNode.Parse(firstBody)!["requestId"]!.GetValue<string>());
        Assert.Equal(request.Id, JsonNode.Parse(secondBody)!["requestId"]!.GetValue<string>());
        Assert.Equal(body, request.RawPayload);
        var received = Assert.Single(h.Audit("request.received"));
        Assert.Equal((ActorKind.External, GcasSandboxEnvironment.PushServiceAccount), (received.ActorKind, received.ActorId));
    }

    [Theory]
    [InlineData(null, "no bearer token")]
    [InlineData("Bearer not.a.jwt", "not a JWT")]
    [InlineData("Basic Z2NhczpzZWNyZXQ=", "no bearer token")]
    public async Task A_caller_without_a_valid_token_gets_401_and_the_refusal_is_audited(string? authorization, string reason)
    {
        await using var h = await AdapterHarness.StartAsync();

        var (status, _, headers) = await SendAsync(h, Json(SampleApplications.Valid(Chiyoda).ToJsonString()), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(headers, v => v.Scheme == "Bearer");
        Assert.Equal(0, h.Requests.Count());
        var refusal = Assert.Single(h.Audit("gcas.push.rejected"));
        Assert.Contains(reason, refusal.Details, StringComparison.Ordinal);
        Assert.Contains("401", refusal.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_google_token_of_another_account_is_refused_and_the_token_never_reaches_the_audit()
    {
        await using var h = await AdapterHarness.StartAsync();
        var token = h.PushToken("intruder@elsewhere.iam.gserviceaccount.com");

        var (status, _) = await PushAsync(h, SampleApplications.Valid(Chiyoda).ToJsonString(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        var refusal = Assert.Single(h.Audit("gcas.push.rejected"));
        Assert.Contains("intruder@elsewhere.iam.gserviceaccount.com", refusal.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], refusal.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], refusal.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_googles_keys_cannot_be_fetched_the_push_is_answered_503_to_be_retried()
    {
        await using var h = await AdapterHarness.StartAsync(new Dictionary<string, string?> { ["Gcas:Push:JwksUrl"] = "http://127.0.0.1:1/oauth2/v3/certs" });

        var (status, _, _) = await SendAsync(h, Json(SampleApplications.Valid(Chiyoda).ToJsonString()), "Bearer " + h.PushToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("503", Assert.Single(h.Audit("gcas.push.rejected")).Details, StringComparison.Ordinal);
        Assert.Equal(0, h.Requests.Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_answered_413_and_nothing_is_kept(bool announcedLength)
    {
        await using var h = await AdapterHarness.StartAsync(new Dictionary<string, string?> { ["Gcas:Push:MaxBodyBytes"] = "4096" });
        var application = SampleApplications.Valid(Chiyoda, system: new string('長', 2000)).ToJsonString();
        HttpContent content = announcedLength
            ? Json(application)
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(application))) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

        var (status, _, _) = await SendAsync(h, content, "Bearer " + h.PushToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(0, h.Requests.Count());
        Assert.Contains("413", Assert.Single(h.Audit("gcas.push.rejected")).Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_that_are_not_one_json_application_are_refused()
    {
        await using var h = await AdapterHarness.StartAsync();
        var bearer = "Bearer " + h.PushToken();

        var form = await SendAsync(h, new StringContent("applicationId=GCAS-2026-000123", Encoding.UTF8, "application/x-www-form-urlencoded"), bearer);
        var notJson = await SendAsync(h, Json("GCAS-2026-000123"), bearer);
        var array = await SendAsync(h, Json("[{\"applicationId\":\"GCAS-2026-000123\"}]"), bearer);
        var badUtf8 = await SendAsync(h, new ByteArrayContent([0x7B, 0xC3, 0x28, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }, bearer);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.Status);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal(HttpStatusCode.BadRequest, array.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badUtf8.Status);
        Assert.Equal(0, h.Requests.Count());
        Assert.Equal(4, h.Audit("gcas.push.rejected").Count);
    }

    [Fact]
    public async Task A_pushed_object_without_an_id_is_kept_and_rejected_like_a_polled_one()
    {
        await using var h = await AdapterHarness.StartAsync();
        var application = SampleApplications.Valid(Chiyoda);
        application.Remove("applicationId");

        var (status, body) = await PushAsync(h, application.ToJsonString(), h.PushToken());

        Assert.Equal(HttpStatusCode.Accepted, status);
        var request = h.Request(JsonNode.Parse(body)!["requestId"]!.GetValue<string>());
        Assert.StartsWith("unidentified-", request.GcasApplicationId, StringComparison.Ordinal);
        await h.DriveToAsync(request.Id, Provisioning.Workflow.RequestState.Rejected);
    }

    [Fact]
    public async Task With_push_disabled_there_is_no_endpoint()
    {
        await using var h = await AdapterHarness.StartAsync(new Dictionary<string, string?> { ["Gcas:Push:Enabled"] = "false" });

        var (status, _) = await PushAsync(h, SampleApplications.Valid(Chiyoda).ToJsonString(), h.PushToken());

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(0, h.Requests.Count());
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string Body)> PushAsync(AdapterHarness h, string json, string token)
    {
        var (status, body, _) = await SendAsync(h, Json(json), "Bearer " + token);
        return (status, body);
    }

    private static async Task<(HttpStatusCode Status, string Body, IReadOnlyList<AuthenticationHeaderValue> Challenges)> SendAsync(
        AdapterHarness h, HttpContent content, string? authorization)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, h.PushUri) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), [.. response.Headers.WwwAuthenticate]);
    }
}
