using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// An API key from an <c>~/.oci/config</c> profile (<c>Oci:ConfigFile</c>, <c>Oci:Profile</c>): keyId
/// <c>tenancy/user/fingerprint</c>. A long-lived key, so for development only; it says so in the log.
/// </summary>
internal sealed class ConfigFileAuthProvider(
    IOptions<OciOptions> options,
    OciEnvironment environment,
    ILogger<ConfigFileAuthProvider> logger) : IOciAuthProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OciSigningCredentials? _credentials;

    public async ValueTask<OciSigningCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_credentials is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _credentials ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _credentials?.PrivateKey.Dispose();
        _gate.Dispose();
    }

    private async Task<OciSigningCredentials> LoadAsync(CancellationToken cancellationToken)
    {
        var path = environment.ExpandHome(options.Value.ConfigFile);
        var profileName = options.Value.Profile;
        if (!File.Exists(path))
        {
            throw new OciAuthException($"The OCI config file {path} (Oci:ConfigFile) does not exist.", isPermanent: true);
        }

        var profile = OciConfigFile.ReadProfile(await File.ReadAllTextAsync(path, cancellationToken), profileName)
            ?? throw new OciAuthException($"Profile [{profileName}] (Oci:Profile) is not in {path}.", isPermanent: true);
        string Required(string key) => profile.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new OciAuthException($"Profile [{profileName}] in {path} has no '{key}'.", isPermanent: true);

        var keyFile = environment.ExpandHome(Required("key_file"));
        if (!File.Exists(keyFile))
        {
            throw new OciAuthException($"The key_file {keyFile} of profile [{profileName}] does not exist.", isPermanent: true);
        }

        profile.TryGetValue("pass_phrase", out var passphrase);
        var key = OciPrivateKeys.FromPem(await File.ReadAllTextAsync(keyFile, cancellationToken), passphrase, keyFile);
        logger.LogWarning(
            "Oci:Auth is ConfigFile: OCI requests are signed with the long-lived API key of profile [{Profile}] in {Path}. "
            + "This is meant for development only; production uses OkeWorkloadIdentity.",
            profileName,
            path);
        return new OciSigningCredentials($"{Required("tenancy")}/{Required("user")}/{Required("fingerprint")}", key);
    }
}
