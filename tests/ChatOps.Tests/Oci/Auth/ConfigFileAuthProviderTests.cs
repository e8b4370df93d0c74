using System.Security.Cryptography;
using System.Text;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Oci.Auth;

public sealed class ConfigFileAuthProviderTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("chatops-home-").FullName;
    private readonly TestLog _log = new();
    private readonly RSA _key = RSA.Create(2048);

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task A_profile_inherits_default_and_signs_with_its_api_key()
    {
        await WriteConfigAsync(
            $"[DEFAULT]\ntenancy=ocid1.tenancy.oc1..t\nregion=ap-tokyo-1\n\n[DEV]\nuser=ocid1.user.oc1..u\nfingerprint=aa:bb\nkey_file=~/.oci/key.pem\n",
            _key.ExportRSAPrivateKeyPem());
        using var provider = Provider("~/.oci/config", "DEV");

        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);
        var again = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal("ocid1.tenancy.oc1..t/ocid1.user.oc1..u/aa:bb", credentials.KeyId);
        Assert.Same(credentials, again);
        var data = Encoding.UTF8.GetBytes("signing string");
        Assert.True(_key.VerifyData(data, credentials.PrivateKey.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("development only", warning.Text, StringComparison.Ordinal);
        Assert.Contains("long-lived API key", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_key_is_opened_with_pass_phrase()
    {
        var pem = _key.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 10_000));
        await WriteConfigAsync("[DEFAULT]\ntenancy=t\nuser=u\nfingerprint=f\nkey_file=~/.oci/key.pem\npass_phrase=pw\n", pem);
        using var provider = Provider("~/.oci/config", "DEFAULT");

        var credentials = await provider.GetCredentialsAsync(CancellationToken.None);

        Assert.Equal(_key.ExportSubjectPublicKeyInfo(), credentials.PrivateKey.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public async Task A_missing_profile_names_the_profile_and_the_key()
    {
        await WriteConfigAsync("[DEFAULT]\ntenancy=t\n", _key.ExportRSAPrivateKeyPem());
        using var provider = Provider("~/.oci/config", "PROD");

        var failure = await Assert.ThrowsAsync<OciAuthException>(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.True(failure.IsPermanent);
        Assert.Contains("[PROD]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Oci:Profile", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_without_a_user_says_so()
    {
        await WriteConfigAsync("[DEFAULT]\ntenancy=t\nfingerprint=f\nkey_file=~/.oci/key.pem\n", _key.ExportRSAPrivateKeyPem());
        using var provider = Provider("~/.oci/config", "DEFAULT");

        var failure = await Assert.ThrowsAsync<OciAuthException>(() => provider.GetCredentialsAsync(CancellationToken.None).AsTask());

        Assert.Contains("'user'", failure.Message, StringComparison.Ordinal);
    }

    private ConfigFileAuthProvider Provider(string configFile, string profile) =>
        new(
            Options.Create(new OciOptions { ConfigFile = configFile, Profile = profile }),
            new OciEnvironment(name => name == "HOME" ? _home : null),
            LoggerFactory.Create(logging => logging.AddProvider(_log)).CreateLogger<ConfigFileAuthProvider>());

    private async Task WriteConfigAsync(string config, string keyPem)
    {
        var directory = Directory.CreateDirectory(Path.Join(_home, ".oci")).FullName;
        await File.WriteAllTextAsync(Path.Join(directory, "config"), config);
        await File.WriteAllTextAsync(Path.Join(directory, "key.pem"), keyPem);
    }
}
