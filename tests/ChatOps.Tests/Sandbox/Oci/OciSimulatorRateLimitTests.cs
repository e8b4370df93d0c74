using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Sandbox.Oci;

public class OciSimulatorRateLimitTests : IAsyncLifetime
{
    private const string KeyId = "ocid1.tenancy.oc1..aaaarate/ocid1.user.oc1..aaaarate/01:02:03";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly RSA _key = RSA.Create(2048);
    private OciSimulator _sim = null!;

    public async ValueTask InitializeAsync()
    {
        _sim = await OciSimulator.StartAsync(new OciSimulatorOptions
        {
            Time = _clock,
            RateLimits = new Dictionary<string, OciRateLimit> { ["identity"] = new(PerSecond: 2, Burst: 2) },
        });
        _sim.RegisterApiKey(KeyId, _key);
    }

    public async ValueTask DisposeAsync()
    {
        await _sim.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Calls_beyond_the_burst_get_OCIs_429_until_the_bucket_refills()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/20160918/regions"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/20160918/regions"));

        using var throttled = await SendAsync("/20160918/regions");
        using var body = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("TooManyRequests", body.RootElement.GetProperty("code").GetString());
        Assert.Equal(1, _sim.Counters.Throttled);

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync("/20160918/regions"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync("/20160918/regions"));
        Assert.Equal(2, _sim.Counters.Throttled);
    }

    [Fact]
    public async Task A_service_without_a_limit_is_not_throttled()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await StatusAsync($"/20230401/organizations?compartmentId={_sim.ParentTenancyId}"));
        }

        Assert.Equal(0, _sim.Counters.Throttled);
    }

    private async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var response = await SendAsync(path);
        return response.StatusCode;
    }

    private async Task<HttpResponseMessage> SendAsync(string path)
    {
        var signer = new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(KeyId, _key)), _clock) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(signer);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_sim.BaseUri, path));
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
