using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// OKE workload identity: the pod's service-account token is exchanged at the proxymux for a resource principal
/// session token bound to a fresh RSA key (keyId <c>ST$&lt;jwt&gt;</c>). A new token and key are fetched once half
/// of the token's lifetime has passed; if that fails while the old token is still valid, the old one is used.
/// </summary>
internal sealed class OkeWorkloadIdentityAuthProvider(
    IOptions<OciOptions> options,
    OciEnvironment environment,
    TimeProvider time,
    ILogger<OkeWorkloadIdentityAuthProvider> logger) : IOciAuthProvider, IDisposable
{
    public const string ServiceHostVariable = "KUBERNETES_SERVICE_HOST";
    public const string CaCertPathVariable = "OCI_KUBERNETES_SERVICE_ACCOUNT_CERT_PATH";
    private static readonly TimeSpan RetryAfterFailedRefresh = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private OkeSession? _session;

    public async ValueTask<OciSigningCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_session is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
        {
            return fresh.Credentials;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _session;
            var now = time.GetUtcNow();
            if (current is not null && now < current.RefreshAt)
            {
                return current.Credentials;
            }

            try
            {
                _session = await FetchAsync(cancellationToken);
                logger.LogInformation("Obtained an OKE workload identity session token valid until {ExpiresAt}.", _session.Token.ExpiresAt);
                return _session.Credentials;
            }
            catch (OciAuthException ex) when (!ex.IsPermanent && current is not null && now < current.Token.ExpiresAt)
            {
                logger.LogWarning(ex, "Refreshing the OKE workload identity session token failed; the current one stays valid until {ExpiresAt}.", current.Token.ExpiresAt);
                var retryAt = now + RetryAfterFailedRefresh;
                _session = current with { RefreshAt = retryAt < current.Token.ExpiresAt ? retryAt : current.Token.ExpiresAt };
                return current.Credentials;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _session?.Credentials.PrivateKey.Dispose();
        _gate.Dispose();
    }

    private async Task<OkeSession> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.WorkloadIdentity;
        var host = settings.Host ?? environment.Get(ServiceHostVariable) ?? throw new OciAuthException(
            $"{ServiceHostVariable} is not set and Oci:WorkloadIdentity:Host is empty: OKE workload identity works only inside an OKE pod.",
            isPermanent: true);
        var tokenPath = settings.TokenPath ?? OciWorkloadIdentityOptions.DefaultTokenPath;
        var caPath = settings.CaCertPath ?? environment.Get(CaCertPathVariable) ?? OciWorkloadIdentityOptions.DefaultCaCertPath;

        var serviceAccountToken = (await ReadAsync(tokenPath, "service-account token", cancellationToken)).Trim();
        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPem(await ReadAsync(caPath, "service-account CA", cancellationToken));
        }
        catch (CryptographicException ex)
        {
            throw new OciAuthException($"The service-account CA {caPath} is not a PEM certificate.", isPermanent: true, ex);
        }

        if (roots.Count == 0)
        {
            throw new OciAuthException($"The service-account CA {caPath} holds no certificate.", isPermanent: true);
        }

        var endpoint = new UriBuilder(Uri.UriSchemeHttps, host, settings.Port, settings.Path).Uri;
        var key = RSA.Create(2048);
        try
        {
            var jwt = await ProxymuxClient.RequestSessionTokenAsync(endpoint, serviceAccountToken, roots, key, time, cancellationToken);
            var token = OciSessionToken.Parse(jwt);
            return new OkeSession(new OciSigningCredentials("ST$" + jwt, key), token, token.RefreshAt);
        }
        catch
        {
            key.Dispose();
            throw;
        }
        finally
        {
            foreach (var root in roots)
            {
                root.Dispose();
            }
        }
    }

    private static async Task<string> ReadAsync(string path, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OciAuthException($"The {what} file {path} could not be read.", isPermanent: ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException, ex);
        }
    }
}
