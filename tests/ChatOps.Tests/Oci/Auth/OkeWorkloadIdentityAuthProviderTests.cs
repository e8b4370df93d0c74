using System.Security.Cryptography.X509Certificates;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Oci.Auth;

public sealed class OkeWorkloadIdentityAuthProviderTests : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatops-oke-").FullName;
    private readonly X509Certificate2 _ca;
    private readonly X509Certificate2 _server;
    private OciProxymux? _proxymux;

    public OkeWorkloadIdentityAuthProviderTests() => (_ca, _server) = TestCertificates.CreateCaAndServer();

    private string TokenPath => Path.Join(_directory, "token");

    private string CaPath => Path.Join(_directory, "ca.crt");

    public ValueTask DisposeAsync()
    {
        _ca.Dispose();
        _server.Dispose();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_pod_gets_a_session_token_from_the_proxymux_and_its_requests_are_accepted()
    {
        await using var host = await StartAsync();

        var credentials = await host.Get<IOciAuthProvider>().GetCredentialsAsync(CancellationToken.None);
        var tenancy = await host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);

        Assert.StartsWith("ST$", credentials.KeyId, StringComparison.Ordinal);
        Assert.Equal(2048, credentials.PrivateKey.KeySize);
        Assert.True(tenancy.IsSuccess, tenancy.Error?.ToString());
        Assert.Equal(1, _proxymux!.Calls);
        Assert.DoesNotContain(credentials.KeyId[3..], host.Log.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.KeyId[3..], credentials.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_and_key_are_renewed_once_half_the_lifetime_has_passed()
    {
        await using var host = await StartAsync();
        var auth = host.Get<IOciAuthProvider>();
        var lifetime = host.Simulator.Options.SessionTokenLifetime;

        var first = await auth.GetCredentialsAsync(CancellationToken.None);
        host.Clock.Advance(lifetime / 2 - TimeSpan.FromSeconds(1));
        var beforeHalf = await auth.GetCredentialsAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var atHalf = await auth.GetCredentialsAsync(CancellationToken.None);
        var tenancy = await host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);

        Assert.Same(first, beforeHalf);
        Assert.NotEqual(first.KeyId, atHalf.KeyId);
        Assert.NotEqual(first.PrivateKey.ExportSubjectPublicKeyInfo(), atHalf.PrivateKey.ExportSubjectPublicKeyInfo());
        Assert.Equal(2, _proxymux!.Calls);
        Assert.True(tenancy.IsSuccess);
    }

    [Fact]
    public async Task The_service_account_token_file_is_read_again_on_every_refresh()
    {
        await using var host = await StartAsync();
        var auth = host.Get<IOciAuthProvider>();
        await auth.GetCredentialsAsync(CancellationToken.None);

        await File.WriteAllTextAsync(TokenPath, "sa-token-rotated\n");
        _proxymux!.AcceptServiceAccountToken("sa-token-rotated");
        _proxymux.RevokeServiceAccountToken("sa-token-1");
        host.Clock.Advance(host.Simulator.Options.SessionTokenLifetime / 2);
        var renewed = await auth.GetCredentialsAsync(CancellationToken.None);

        Assert.StartsWith("ST$", renewed.KeyId, StringComparison.Ordinal);
        Assert.Equal(2, _proxymux.Calls);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_valid_token_until_it_expires()
    {
        await using var host = await StartAsync();
        var auth = host.Get<IOciAuthProvider>();
        var lifetime = host.Simulator.Options.SessionTokenLifetime;
        var first = await auth.GetCredentialsAsync(CancellationToken.None);
        _proxymux!.RevokeServiceAccountToken("sa-token-1");

        host.Clock.Advance(lifetime / 2);
        var kept = await auth.GetCredentialsAsync(CancellationToken.None);
        host.Clock.Advance(lifetime / 2);
        var expired = await Assert.ThrowsAsync<OciAuthException>(() => auth.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Same(first, kept);
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("stays valid", StringComparison.Ordinal));
        Assert.False(expired.IsPermanent);
        Assert.Contains("401", expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxymux_certificate_from_another_ca_is_not_trusted()
    {
        var (otherCa, otherServer) = TestCertificates.CreateCaAndServer("Some Other CA");
        using (otherCa)
        using (otherServer)
        {
            await using var host = await StartAsync(caPem: otherCa.ExportCertificatePem());

            var failure = await Assert.ThrowsAsync<OciAuthException>(() => host.Get<IOciAuthProvider>().GetCredentialsAsync(CancellationToken.None).AsTask());

            Assert.Contains("service-account CA", failure.Message, StringComparison.Ordinal);
            Assert.False(failure.IsPermanent);
            Assert.Equal(0, _proxymux!.Calls);
        }
    }

    [Fact]
    public async Task A_403_from_the_proxymux_says_the_cluster_must_be_enhanced()
    {
        await using var host = await StartAsync();
        _proxymux!.RejectAsNotEnhanced = true;

        var failure = await Assert.ThrowsAsync<OciAuthException>(() => host.Get<IOciAuthProvider>().GetCredentialsAsync(CancellationToken.None).AsTask());
        var call = await host.Get<OciTenancyClient>().GetTenancyAsync(OciTestHost.Tokyo, host.ParentTenancyId, CancellationToken.None);

        Assert.True(failure.IsPermanent);
        Assert.Contains("Enhanced cluster", failure.Message, StringComparison.Ordinal);
        Assert.Equal(OciError.AuthenticationMisconfigured, call.Error?.Code);
        Assert.False(call.Error!.IsTransient);
    }

    [Fact]
    public void The_proxymux_answer_is_a_quoted_base64_json_with_an_st_token()
    {
        var payload = Convert.ToBase64String("""{"token":"ST$eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9.c2ln"}"""u8);

        var jwt = ProxymuxClient.Decode($"\"{payload}\"\n");

        Assert.Equal("eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9.c2ln", jwt);
    }

    private async Task<OciTestHost> StartAsync(string? caPem = null)
    {
        await File.WriteAllTextAsync(TokenPath, "sa-token-1\n");
        await File.WriteAllTextAsync(CaPath, caPem ?? _ca.ExportCertificatePem());
        return await OciTestHost.StartAsync(prepare: async sim =>
        {
            _proxymux = await sim.StartProxymuxAsync(_server);
            _proxymux.AcceptServiceAccountToken("sa-token-1");
            return new Dictionary<string, string?>
            {
                ["Oci:Auth"] = "OkeWorkloadIdentity",
                ["Oci:WorkloadIdentity:Host"] = "127.0.0.1",
                ["Oci:WorkloadIdentity:Port"] = _proxymux.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Oci:WorkloadIdentity:TokenPath"] = TokenPath,
                ["Oci:WorkloadIdentity:CaCertPath"] = CaPath,
            };
        });
    }
}
