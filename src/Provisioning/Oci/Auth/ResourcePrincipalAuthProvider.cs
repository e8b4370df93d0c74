using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// Resource principal v2.2 from the standard environment: <c>OCI_RESOURCE_PRINCIPAL_RPST</c> and
/// <c>OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM</c> (each the value itself or an absolute path to a file holding it),
/// <c>OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE</c>. Files are re-read when they change or the token nears expiry.
/// </summary>
internal sealed class ResourcePrincipalAuthProvider(
    OciEnvironment environment,
    TimeProvider time,
    ILogger<ResourcePrincipalAuthProvider> logger) : IOciAuthProvider, IDisposable
{
    public const string VersionVariable = "OCI_RESOURCE_PRINCIPAL_VERSION";
    public const string RpstVariable = "OCI_RESOURCE_PRINCIPAL_RPST";
    public const string PemVariable = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM";
    public const string PassphraseVariable = "OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM_PASSPHRASE";
    public const string RegionVariable = "OCI_RESOURCE_PRINCIPAL_REGION";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ResourcePrincipalSession? _loaded;

    public async ValueTask<OciSigningCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var version = environment.Get(VersionVariable);
            if (version != "2.2")
            {
                throw new OciAuthException($"{VersionVariable} must be 2.2 (was '{version}').", isPermanent: true);
            }

            var rpstSetting = Required(RpstVariable);
            var rpstFile = Path.IsPathRooted(rpstSetting) ? rpstSetting : null;
            var stamp = rpstFile is null ? (DateTime?)null : File.GetLastWriteTimeUtc(rpstFile);
            var now = time.GetUtcNow();
            if (_loaded is { } current && current.Stamp == stamp && now < current.Token.RefreshAt)
            {
                return current.Credentials;
            }

            var rpst = rpstFile is null ? rpstSetting : (await ReadFileAsync(rpstFile, RpstVariable, cancellationToken)).Trim();
            if (_loaded is { } same && same.Rpst == rpst)
            {
                if (now >= same.Token.ExpiresAt)
                {
                    throw new OciAuthException($"The resource principal session token ({RpstVariable}) has expired and no newer one was provided.", isPermanent: false);
                }

                _loaded = same with { Stamp = stamp };
                return same.Credentials;
            }

            var token = OciSessionToken.Parse(rpst);
            var key = await ReadKeyAsync(cancellationToken);
            _loaded = new ResourcePrincipalSession(rpst, token, stamp, new OciSigningCredentials("ST$" + rpst, key));
            logger.LogInformation("Loaded a resource principal session token valid until {ExpiresAt}.", token.ExpiresAt);
            return _loaded.Credentials;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<System.Security.Cryptography.RSA> ReadKeyAsync(CancellationToken cancellationToken)
    {
        var pemSetting = Required(PemVariable);
        var passphraseSetting = environment.Get(PassphraseVariable);
        if (!Path.IsPathRooted(pemSetting))
        {
            return OciPrivateKeys.FromPem(pemSetting, passphraseSetting, PemVariable);
        }

        // As in OCI's SDKs: when the key is a file, its passphrase is a file too.
        var passphrase = passphraseSetting is null
            ? null
            : (await ReadFileAsync(passphraseSetting, PassphraseVariable, cancellationToken)).Trim();
        return OciPrivateKeys.FromPem(await ReadFileAsync(pemSetting, PemVariable, cancellationToken), passphrase, pemSetting);
    }

    private string Required(string variable) =>
        environment.Get(variable) ?? throw new OciAuthException($"{variable} is not set (Oci:Auth is ResourcePrincipal).", isPermanent: true);

    private static async Task<string> ReadFileAsync(string path, string variable, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new OciAuthException($"The file {path} named by {variable} could not be read.", isPermanent: false, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new OciAuthException($"The file {path} named by {variable} is not readable.", isPermanent: true, ex);
        }
    }
}
