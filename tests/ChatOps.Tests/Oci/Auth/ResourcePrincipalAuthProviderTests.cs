using System.Net;
using System.Security.Cryptography;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Oci.Auth;

public sealed class ResourcePrincipalAuthProviderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> _environment = new() { ["OCI_RESOURCE_PRINCIPAL_VERSION"] = "2.2", ["OCI_RESOURCE_PRINCIPAL_REGION"] = "ap-tokyo-1" };
    private readonly string _directory = Directory.CreateTempSubdirectory("chatops-rp-").FullName;
    private OciSimulator _sim = null!;

    public async ValueTask InitializeAsync() => _sim = await OciSimulator.StartAsync(new OciSimulatorOptions { Time = _clock });

    public async ValueTask DisposeAsync()
    {
        await _sim.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_token_and_key_given_inline_sign_requests_the_service_accepts()
    {
        using var key = RSA.Create(2048);
        var jwt = _sim.IssueSessionToken(key);
        _environment["OCI_RESOURCE_PRINCIPAL_RPST"] = jwt;
        _environment["OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"] = key.ExportPkcs8PrivateKeyPem();
        using var provider = Provider();

        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ST$" + jwt, credentials.KeyId);
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(credentials));
    }

    [Fact]
    public async Task Files_are_read_again_when_the_token_file_changes()
    {
        using var firstKey = RSA.Create(2048);
        using var secondKey = RSA.Create(2048);
        var tokenFile = Path.Join(_directory, "rpst");
        var keyFile = Path.Join(_directory, "key.pem");
        await WriteAsync(tokenFile, _sim.IssueSessionToken(firstKey), keyFile, firstKey, stamp: 1);
        _environment["OCI_RESOURCE_PRINCIPAL_RPST"] = tokenFile;
        _environment["OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"] = keyFile;
        using var provider = Provider();

        var first = await provider.GetCredentialsAsync(CancellationToken.None);
        var cached = await provider.GetCredentialsAsync(CancellationToken.None);
        var secondToken = _sim.IssueSessionToken(secondKey);
        await WriteAsync(tokenFile, secondToken, keyFile, secondKey, stamp: 2);
        var second = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Same(first, cached);
        Assert.Equal("ST$" + secondToken, second.KeyId);
        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(second));
    }

    [Fact]
    public async Task An_expired_token_with_nothing_newer_is_reported()
    {
        using var key = RSA.Create(2048);
        _environment["OCI_RESOURCE_PRINCIPAL_RPST"] = _sim.IssueSessionToken(key, TimeSpan.FromMinutes(10));
        _environment["OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"] = key.ExportPkcs8PrivateKeyPem();
        using var provider = Provider();
        await provider.GetCredentialsAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(10));
        var failure = await Assert.ThrowsAsync<OciAuthException>(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.False(failure.IsPermanent);
        Assert.Contains("expired", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_key_is_opened_with_its_passphrase()
    {
        using var key = RSA.Create(2048);
        _environment["OCI_RESOURCE_PRINCIPAL_RPST"] = _sim.IssueSessionToken(key);
        _environment["OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM"] = key.ExportEncryptedPkcs8PrivateKeyPem(
            "s3cret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000));
        _environment["OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE"] = "s3cret";
        using var provider = Provider();

        Assert.Equal(HttpStatusCode.OK, await SendSignedAsync(await provider.GetCredentialsAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_wrong_version_is_a_permanent_error_naming_the_variable()
    {
        _environment["OCI_RESOURCE_PRINCIPAL_VERSION"] = "1.1";
        using var provider = Provider();

        var failure = await Assert.ThrowsAsync<OciAuthException>(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.True(failure.IsPermanent);
        Assert.Contains("OCI_RESOURCE_PRINCIPAL_VERSION", failure.Message, StringComparison.Ordinal);
    }

    private ResourcePrincipalAuthProvider Provider() =>
        new(new OciEnvironment(name => _environment.GetValueOrDefault(name)), _clock, NullLogger<ResourcePrincipalAuthProvider>.Instance);

    private static async Task WriteAsync(string tokenFile, string token, string keyFile, RSA key, int stamp)
    {
        await File.WriteAllTextAsync(tokenFile, token);
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        // Distinct write times, so the change is seen even when both writes fall in one timestamp tick.
        File.SetLastWriteTimeUtc(tokenFile, new DateTime(2026, 1, stamp, 0, 0, 0, DateTimeKind.Utc));
    }

    private async Task<HttpStatusCode> SendSignedAsync(OciSigningCredentials credentials)
    {
        using var signer = new OciRequestSigner(new StaticAuthProvider(credentials), _clock) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(signer);
        using var response = await http.GetAsync(new Uri(_sim.BaseUri, "/20160918/regions"));
        return response.StatusCode;
    }
}
