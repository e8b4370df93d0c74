using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Sandbox.Oci;

public class OciSimulatorSignatureTests : IAsyncLifetime
{
    private const string KeyId = "ocid1.tenancy.oc1..aaaasig/ocid1.user.oc1..aaaasig/01:02:03";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly RSA _key = RSA.Create(2048);
    private OciSimulator _sim = null!;

    public async ValueTask InitializeAsync()
    {
        _sim = await OciSimulator.StartAsync(new OciSimulatorOptions { Time = _clock });
        _sim.RegisterApiKey(KeyId, _key);
    }

    public async ValueTask DisposeAsync()
    {
        await _sim.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task A_signed_request_is_accepted()
    {
        using var response = await SendAsync(Get("/20160918/regions"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("opc-request-id"));
        Assert.Equal(1, _sim.Counters.Calls("ListRegions"));
    }

    [Fact]
    public async Task A_signed_post_with_a_body_is_accepted()
    {
        using var response = await SendAsync(Post($"/20160918/compartments", $$"""{"compartmentId":"{{_sim.ParentTenancyId}}","name":"apps","description":"d"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_post_passes_the_signature_check_with_content_length_zero()
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(_sim.BaseUri, "/20160918/compartments")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Authentication passed; the operation itself then refuses the missing JSON body.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CannotParseRequest", body.RootElement.GetProperty("code").GetString());
        Assert.Equal(0, _sim.Counters.Unauthenticated);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_with_401()
    {
        var tamper = new TamperingHandler();
        using var response = await SendAsync(Post("/20160918/compartments", $$"""{"compartmentId":"{{_sim.ParentTenancyId}}","name":"apps","description":"d"}"""), inner: tamper);

        await AssertNotAuthenticatedAsync(response, "x-content-sha256");
        Assert.Equal(0, _sim.Counters.Calls("CreateCompartment"));
    }

    [Fact]
    public async Task A_stale_date_is_refused_with_401()
    {
        var clientClock = new FakeTimeProvider(_clock.GetUtcNow() - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        using var response = await SendAsync(Get("/20160918/regions"), clientClock: clientClock);

        await AssertNotAuthenticatedAsync(response, "clock skew");
    }

    [Fact]
    public async Task A_date_within_five_minutes_is_accepted()
    {
        var clientClock = new FakeTimeProvider(_clock.GetUtcNow() + TimeSpan.FromMinutes(4));
        using var response = await SendAsync(Get("/20160918/regions"), clientClock: clientClock);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_signed_with_the_wrong_key_is_refused_with_401()
    {
        using var other = RSA.Create(2048);
        using var response = await SendAsync(Get("/20160918/regions"), credentials: new OciSigningCredentials(KeyId, other));

        await AssertNotAuthenticatedAsync(response, "signature does not match");
    }

    [Fact]
    public async Task An_unknown_key_id_is_refused_with_401()
    {
        using var response = await SendAsync(Get("/20160918/regions"), credentials: new OciSigningCredentials("ocid1.tenancy.oc1..x/ocid1.user.oc1..y/00", _key));

        await AssertNotAuthenticatedAsync(response, "unknown keyId");
    }

    [Fact]
    public async Task An_unsigned_request_is_refused_with_401()
    {
        using var http = new HttpClient();
        using var response = await http.SendAsync(Get("/20160918/regions"));

        await AssertNotAuthenticatedAsync(response, "no Signature");
        Assert.Equal(1, _sim.Counters.Unauthenticated);
    }

    [Fact]
    public async Task A_session_token_from_the_simulator_is_accepted_until_it_expires()
    {
        using var podKey = RSA.Create(2048);
        var jwt = _sim.IssueSessionToken(podKey, TimeSpan.FromMinutes(10));
        var credentials = new OciSigningCredentials("ST$" + jwt, podKey);

        using var fresh = await SendAsync(Get("/20160918/regions"), credentials: credentials);
        _clock.Advance(TimeSpan.FromMinutes(10));
        using var expired = await SendAsync(Get("/20160918/regions"), credentials: credentials);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        await AssertNotAuthenticatedAsync(expired, "expired");
    }

    [Fact]
    public async Task A_session_token_used_with_another_key_is_refused()
    {
        using var podKey = RSA.Create(2048);
        using var thief = RSA.Create(2048);
        var jwt = _sim.IssueSessionToken(podKey);

        using var response = await SendAsync(Get("/20160918/regions"), credentials: new OciSigningCredentials("ST$" + jwt, thief));

        await AssertNotAuthenticatedAsync(response, "signature does not match");
    }

    private HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(_sim.BaseUri, path));

    private HttpRequestMessage Post(string path, string json) => new(HttpMethod.Post, new Uri(_sim.BaseUri, path))
    {
        Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    private async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        OciSigningCredentials? credentials = null,
        TimeProvider? clientClock = null,
        DelegatingHandler? inner = null)
    {
        HttpMessageHandler network = new SocketsHttpHandler();
        if (inner is not null)
        {
            inner.InnerHandler = network;
            network = inner;
        }

        var signer = new OciRequestSigner(new StaticAuthProvider(credentials ?? new OciSigningCredentials(KeyId, _key)), clientClock ?? _clock) { InnerHandler = network };
        using var http = new HttpClient(signer);
        using (request)
        {
            return await http.SendAsync(request);
        }
    }

    private static async Task AssertNotAuthenticatedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotAuthenticated", body.RootElement.GetProperty("code").GetString());
        Assert.Contains(reason, body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
