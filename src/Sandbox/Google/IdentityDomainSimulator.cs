using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// An OCI identity domain's OAuth token endpoint on loopback: <c>POST /oauth2/v1/token</c> with HTTP Basic client
/// authentication and <c>grant_type=client_credentials</c>, answering an RS256 JWT access token; the signing key
/// is published at <c>/admin/v1/SigningCert/jwk</c>.
/// </summary>
public sealed class IdentityDomainSimulator : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RegisteredClient> _clients = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly IdentityDomainSimulatorOptions _options;
    private LoopbackServer? _server;

    private IdentityDomainSimulator(TimeProvider time, IdentityDomainSimulatorOptions options)
    {
        _time = time;
        _options = options;
    }

    public RsaSigningKey SigningKey { get; } = RsaSigningKey.Create();

    public HopFaults Faults { get; } = new();

    public HopCounters Counters { get; } = new();

    public Uri BaseUri => _server!.BaseUri;

    public Uri TokenUrl => new(BaseUri, "oauth2/v1/token");

    public string Issuer => _options.Issuer ?? BaseUri.GetLeftPart(UriPartial.Authority);

    public string Audience => _options.Audience;

    public static async Task<IdentityDomainSimulator> StartAsync(
        TimeProvider? time = null, IdentityDomainSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var simulator = new IdentityDomainSimulator(time ?? TimeProvider.System, options ?? new IdentityDomainSimulatorOptions());
        simulator._server = await LoopbackServer.StartAsync(simulator.Map, cancellationToken: cancellationToken);
        return simulator;
    }

    /// <summary>Registers a confidential application. <paramref name="allowedScopes"/> null allows any scope.</summary>
    public void RegisterClient(string clientId, string clientSecret, params string[] allowedScopes) =>
        _clients[clientId] = new RegisteredClient(clientSecret, allowedScopes.Length == 0 ? null : [.. allowedScopes]);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        SigningKey.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/oauth2/v1/token", TokenAsync);
        app.MapGet("/admin/v1/SigningCert/jwk", (HttpContext context) =>
            JsonResponses.WriteAsync(context, 200, new JsonObject { ["keys"] = new JsonArray(SigningKey.ToJwk()) }));
    }

    private async Task TokenAsync(HttpContext context)
    {
        Counters.Request();
        if (Faults.TryTake(out var fault))
        {
            await JsonResponses.OAuthErrorAsync(context, fault.Status, fault.Error, fault.Description);
            return;
        }

        if (!TryAuthenticate(context.Request.Headers.Authorization.ToString(), out var clientId, out var client))
        {
            context.Response.Headers.WWWAuthenticate = "Basic";
            await JsonResponses.OAuthErrorAsync(context, 401, "invalid_client", "Client authentication failed.");
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await JsonResponses.OAuthErrorAsync(context, 400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            await JsonResponses.OAuthErrorAsync(context, 400, "unsupported_grant_type", "Only client_credentials is enabled for this client.");
            return;
        }

        var scope = form["scope"].ToString();
        if (client.AllowedScopes is { } allowed && !scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(allowed.Contains))
        {
            await JsonResponses.OAuthErrorAsync(context, 400, "invalid_scope", "The requested scope is not granted to this client.");
            return;
        }

        var now = _time.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = clientId,
            ["aud"] = new JsonArray(Audience),
            ["client_id"] = clientId,
            ["scope"] = scope,
            ["tok_type"] = "AT",
            ["sub_type"] = "client",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(_options.TokenLifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        Counters.Issue();
        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["access_token"] = SandboxJwt.Sign(payload, SigningKey),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)_options.TokenLifetime.TotalSeconds,
        });
    }

    private bool TryAuthenticate(string authorization, out string clientId, out RegisteredClient client)
    {
        clientId = "";
        client = default!;
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !_clients.TryGetValue(decoded[..colon], out client!))
        {
            return false;
        }

        clientId = decoded[..colon];
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(decoded[(colon + 1)..]), Encoding.UTF8.GetBytes(client.Secret));
    }

    private sealed record RegisteredClient(string Secret, HashSet<string>? AllowedScopes);
}
