using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Hosting;
using ChatOps.Sandbox.Oci.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci;

/// <summary>
/// A fake OKE proxymux over TLS: takes a pod's service-account token (Bearer) and public key (<c>podKey</c>) and
/// answers, as the real one does, with a JSON string holding Base64 of <c>{"token":"ST$&lt;jwt&gt;"}</c>. The token is
/// issued by the simulator, so the OCI endpoints accept requests signed with the pod's key.
/// </summary>
public sealed class OciProxymux : IAsyncDisposable
{
    public const string Path = "/resourcePrincipalSessionTokens";

    private readonly ConcurrentDictionary<string, bool> _acceptedTokens = new(StringComparer.Ordinal);
    private readonly SimServices _sim;
    private LoopbackServer? _server;
    private int _calls;

    internal OciProxymux(SimServices sim) => _sim = sim;

    public Uri BaseUri => _server?.BaseUri ?? throw new InvalidOperationException("The proxymux is not started.");

    /// <summary>Answer 403 like a cluster that is not an Enhanced cluster.</summary>
    public bool RejectAsNotEnhanced { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public void AcceptServiceAccountToken(string token) => _acceptedTokens[token] = true;

    public void RevokeServiceAccountToken(string token) => _acceptedTokens.TryRemove(token, out _);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    internal async Task StartAsync(X509Certificate2 certificate, CancellationToken cancellationToken) =>
        _server = await LoopbackServer.StartAsync(app => app.MapPost(Path, (HttpRequest request) => HandleAsync(request.HttpContext)), certificate: certificate, cancellationToken: cancellationToken);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        var authorization = context.Request.Headers.Authorization.FirstOrDefault() ?? string.Empty;
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_acceptedTokens.ContainsKey(authorization["Bearer ".Length..]))
        {
            return Results.Json(new { code = "NotAuthenticated", message = "The service account token was not accepted." }, statusCode: 401);
        }

        if (RejectAsNotEnhanced)
        {
            return Results.Json(new { code = "NotAuthorized", message = "Workload identity is available on enhanced clusters only." }, statusCode: 403);
        }

        using var podKey = await ReadPodKeyAsync(context.Request);
        if (podKey is null)
        {
            return Results.Json(new { code = "InvalidParameter", message = "podKey must be a Base64 DER SubjectPublicKeyInfo or PEM." }, statusCode: 400);
        }

        var jwt = _sim.Tokens.Issue(podKey, _sim.Options.SessionTokenLifetime, _sim.State.ParentTenancyId, "workload");
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject { ["token"] = "ST$" + jwt }.ToJsonString()));
        return Results.Text(JsonSerializer.Serialize(payload), "application/json");
    }

    private static async Task<RSA?> ReadPodKeyAsync(HttpRequest request)
    {
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            var podKey = body?["podKey"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(podKey))
            {
                return null;
            }

            var key = RSA.Create();
            if (podKey.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                key.ImportFromPem(podKey);
            }
            else
            {
                key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(podKey), out _);
            }

            return key;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
