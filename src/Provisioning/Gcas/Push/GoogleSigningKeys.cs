using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas.Push;

/// <summary>
/// Google's OIDC signing keys (a JWKS at <c>Gcas:Push:JwksUrl</c>), cached for an hour by our clock. An unknown
/// key id triggers one early refetch (at most once a minute), since Google rotates keys ahead of use.
/// </summary>
internal sealed class GoogleSigningKeys(IHttpClientFactory httpFactory, IOptions<GcasPushOptions> options, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "gcas-push-jwks";
    private static readonly TimeSpan CacheFor = TimeSpan.FromHours(1);
    private static readonly TimeSpan MinRefetch = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, RSA> _keys = new(StringComparer.Ordinal);
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    /// <summary>The key for <paramref name="keyId"/>, or null when Google does not (or no longer) publish it.</summary>
    public async Task<RSA?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var age = time.GetUtcNow() - _fetchedAt;
            if (age > CacheFor || (!_keys.ContainsKey(keyId) && age > MinRefetch))
            {
                await FetchAsync(cancellationToken);
            }

            return _keys.GetValueOrDefault(keyId);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }

        _gate.Dispose();
    }

    private async Task FetchAsync(CancellationToken cancellationToken)
    {
        using var http = httpFactory.CreateClient(HttpClientName);
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(options.Value.JwksUrl), cancellationToken));
        var keys = new Dictionary<string, RSA>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("keys", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var jwk in array.EnumerateArray())
            {
                if (Text(jwk, "kty") == "RSA" && Text(jwk, "kid") is { } kid && Text(jwk, "n") is { } n && Text(jwk, "e") is { } e)
                {
                    keys[kid] = RSA.Create(new RSAParameters { Modulus = Base64Url.DecodeFromChars(n), Exponent = Base64Url.DecodeFromChars(e) });
                }
            }
        }

        // Old keys are left to the GC: a verification that fetched one may still be using it.
        _keys = keys;
        _fetchedAt = time.GetUtcNow();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
