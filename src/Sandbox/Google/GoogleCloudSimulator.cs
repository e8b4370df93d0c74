using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// Google's side of workload identity federation on one loopback server: STS (<c>/v1/token</c>), IAM Credentials
/// (<c>/v1/projects/-/serviceAccounts/{email}:generateAccessToken</c>), and Google's OIDC signing keys
/// (<c>/oauth2/v3/certs</c>) for ID tokens it mints as a Google service account would (push calls from GCAS).
/// </summary>
public sealed class GoogleCloudSimulator : IAsyncDisposable
{
    public const string GoogleIssuer = "https://accounts.google.com";

    private readonly ConcurrentDictionary<string, WorkloadIdentityPoolProvider> _providers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> _impersonators = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly StsEndpoint _sts;
    private readonly IamCredentialsEndpoint _iam;
    private LoopbackServer? _server;

    private GoogleCloudSimulator(TimeProvider time, GoogleCloudSimulatorOptions options)
    {
        _time = time;
        Tokens = new GoogleAccessTokens(time);
        _sts = new StsEndpoint(_providers, Tokens, options, time);
        _iam = new IamCredentialsEndpoint(_impersonators, Tokens, options);
    }

    public Uri BaseUri => _server!.BaseUri;

    public Uri StsTokenUrl => new(BaseUri, "v1/token");

    public Uri CertsUrl => new(BaseUri, "oauth2/v3/certs");

    public GoogleAccessTokens Tokens { get; }

    public RsaSigningKey GoogleSigningKey { get; } = RsaSigningKey.Create();

    public HopFaults StsFaults => _sts.Faults;

    public HopFaults IamCredentialsFaults => _iam.Faults;

    public HopCounters StsCounters => _sts.Counters;

    public HopCounters IamCredentialsCounters => _iam.Counters;

    /// <summary>Form fields of the last STS request, for tests.</summary>
    public IReadOnlyDictionary<string, string>? LastStsForm => _sts.LastForm;

    /// <summary>JSON body of the last generateAccessToken request, for tests.</summary>
    public JsonObject? LastImpersonationBody => _iam.LastBody;

    public static async Task<GoogleCloudSimulator> StartAsync(
        TimeProvider? time = null, GoogleCloudSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var simulator = new GoogleCloudSimulator(time ?? TimeProvider.System, options ?? new GoogleCloudSimulatorOptions());
        simulator._server = await LoopbackServer.StartAsync(simulator.Map, cancellationToken: cancellationToken);
        return simulator;
    }

    public Uri ImpersonationUrl(string serviceAccountEmail) =>
        new(BaseUri, $"v1/projects/-/serviceAccounts/{serviceAccountEmail}:generateAccessToken");

    public void AddProvider(WorkloadIdentityPoolProvider provider) => _providers[provider.ResourceName] = provider;

    /// <summary>Grants Workload Identity User on <paramref name="serviceAccountEmail"/> to a principal ("*" for any).</summary>
    public void AllowImpersonation(string serviceAccountEmail, string principal) =>
        _impersonators.AddOrUpdate(serviceAccountEmail, _ => [principal], (_, set) =>
        {
            lock (set)
            {
                set.Add(principal);
            }

            return set;
        });

    /// <summary>A Google-signed OIDC ID token for <paramref name="email"/>, as Cloud Run or Pub/Sub push would send.</summary>
    public string MintIdToken(string audience, string email, TimeSpan? lifetime = null, RsaSigningKey? signWith = null)
    {
        var now = _time.GetUtcNow();
        return SandboxJwt.Sign(new JsonObject
        {
            ["iss"] = GoogleIssuer,
            ["aud"] = audience,
            ["azp"] = email,
            ["sub"] = NumericSubject(email),
            ["email"] = email,
            ["email_verified"] = true,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
        }, signWith ?? GoogleSigningKey);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        GoogleSigningKey.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v1/token", _sts.HandleAsync);
        app.MapPost("/v1/projects/{project}/serviceAccounts/{resource}",
            (HttpContext context, string project, string resource) => _iam.HandleAsync(context, project, resource));
        app.MapGet("/oauth2/v3/certs", (HttpContext context) =>
            JsonResponses.WriteAsync(context, 200, new JsonObject { ["keys"] = new JsonArray(GoogleSigningKey.ToJwk()) }));
    }

    private static string NumericSubject(string email) =>
        string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(email)).Take(10).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
