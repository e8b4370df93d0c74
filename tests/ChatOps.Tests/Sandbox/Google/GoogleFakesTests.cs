using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Google;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Sandbox.Google;

public class GoogleFakesTests
{
    private const string Provider = "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/k8s";

    [Fact]
    public async Task Identity_domain_authenticates_the_client_and_issues_a_verifiable_jwt()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var domain = await IdentityDomainSimulator.StartAsync(time);
        domain.RegisterClient("client-1", "secret-1", "scope-a");
        using var http = new HttpClient();
        var ct = TestContext.Current.CancellationToken;

        var wrongSecret = await PostFormAsync(http, domain.TokenUrl, "client-1:nope", new() { ["grant_type"] = "client_credentials", ["scope"] = "scope-a" }, ct);
        var wrongScope = await PostFormAsync(http, domain.TokenUrl, "client-1:secret-1", new() { ["grant_type"] = "client_credentials", ["scope"] = "scope-b" }, ct);
        var ok = await PostFormAsync(http, domain.TokenUrl, "client-1:secret-1", new() { ["grant_type"] = "client_credentials", ["scope"] = "scope-a" }, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.Status);
        Assert.Equal("invalid_client", wrongSecret.Body["error"]!.GetValue<string>());
        Assert.Equal("invalid_scope", wrongScope.Body["error"]!.GetValue<string>());
        var jwt = ok.Body["access_token"]!.GetValue<string>();
        var jwks = JsonNode.Parse(await http.GetStringAsync(new Uri(domain.BaseUri, "admin/v1/SigningCert/jwk"), ct))!;
        Assert.Equal(domain.SigningKey.KeyId, jwks["keys"]![0]!["kid"]!.GetValue<string>());
        var payload = JsonNode.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1])))!;
        Assert.Equal("client-1", payload["sub"]!.GetValue<string>());
        Assert.Equal(domain.Issuer, payload["iss"]!.GetValue<string>());
        Assert.Equal(time.GetUtcNow().AddHours(1).ToUnixTimeSeconds(), payload["exp"]!.GetValue<long>());
    }

    [Fact]
    public async Task Sts_checks_grant_type_signature_and_expiry_of_the_subject_token()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var google = await GoogleCloudSimulator.StartAsync(time);
        using var cluster = new KubernetesTokenIssuer("https://oke.sandbox.invalid", time);
        using var stranger = new KubernetesTokenIssuer("https://oke.sandbox.invalid", time);
        google.AddProvider(WorkloadIdentityPoolProvider.Create(Provider, cluster.Issuer, cluster.SigningKey));
        using var http = new HttpClient();
        var ct = TestContext.Current.CancellationToken;
        Dictionary<string, string> Form(string token, string grant = "urn:ietf:params:oauth:grant-type:token-exchange") => new()
        {
            ["grant_type"] = grant, ["audience"] = Provider, ["scope"] = "https://www.googleapis.com/auth/cloud-platform",
            ["requested_token_type"] = "urn:ietf:params:oauth:token-type:access_token",
            ["subject_token_type"] = "urn:ietf:params:oauth:token-type:jwt", ["subject_token"] = token,
        };

        var good = cluster.Mint("chatops", "https:" + Provider, TimeSpan.FromMinutes(10));
        var ok = await PostFormAsync(http, google.StsTokenUrl, null, Form(good), ct);
        var wrongGrant = await PostFormAsync(http, google.StsTokenUrl, null, Form(good, "client_credentials"), ct);
        var forged = await PostFormAsync(http, google.StsTokenUrl, null, Form(stranger.Mint("chatops", "https:" + Provider, TimeSpan.FromMinutes(10))), ct);
        var wrongAudience = await PostFormAsync(http, google.StsTokenUrl, null, Form(cluster.Mint("chatops", "https://elsewhere", TimeSpan.FromMinutes(10))), ct);
        time.Advance(TimeSpan.FromMinutes(20));
        var expired = await PostFormAsync(http, google.StsTokenUrl, null, Form(good), ct);

        Assert.Equal(HttpStatusCode.OK, ok.Status);
        Assert.Equal("Bearer", ok.Body["token_type"]!.GetValue<string>());
        Assert.Equal(3600, ok.Body["expires_in"]!.GetValue<long>());
        Assert.Equal("unsupported_grant_type", wrongGrant.Body["error"]!.GetValue<string>());
        Assert.Contains("signature", forged.Body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("audience", wrongAudience.Body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("expired", expired.Body["error_description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, google.StsCounters.Issued);
        Assert.Equal(5, google.StsCounters.Requests);
    }

    [Fact]
    public async Task Iam_credentials_needs_a_federated_bearer_token_and_answers_google_errors()
    {
        await using var google = await GoogleCloudSimulator.StartAsync();
        using var http = new HttpClient();
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, google.ImpersonationUrl("sa@p.iam.gserviceaccount.com"))
        {
            Content = new StringContent("""{"scope":["https://www.googleapis.com/auth/cloud-platform"]}""", Encoding.UTF8, "application/json"),
        };

        using var response = await http.SendAsync(request, ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body["error"]!["status"]!.GetValue<string>());
        Assert.Equal(401, body["error"]!["code"]!.GetValue<int>());
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostFormAsync(
        HttpClient http, Uri url, string? basic, Dictionary<string, string> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        using var response = await http.SendAsync(request, ct);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }
}
