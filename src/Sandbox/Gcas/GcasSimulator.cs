using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Sandbox.Google;
using ChatOps.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Gcas;

/// <summary>
/// GCAS as our contract (docs/gcas-api.md) describes it, on loopback: paged listing with an opaque cursor, one
/// application by id, status events with Idempotency-Key semantics, RFC 9457 problems, and Google bearer tokens
/// checked against the tokens the Google fakes minted (401 without a valid one, 403 for the wrong principal).
/// </summary>
public sealed class GcasSimulator : IAsyncDisposable
{
    private readonly GoogleAccessTokens _tokens;
    private readonly TimeProvider _time;
    private readonly GcasSimulatorOptions _options;
    private LoopbackServer? _server;
    private int _requests;

    private GcasSimulator(GoogleAccessTokens tokens, TimeProvider time, GcasSimulatorOptions options)
    {
        _tokens = tokens;
        _time = time;
        _options = options;
        Faults = new GcasFaults(time);
    }

    public Uri BaseUri => _server!.BaseUri;

    public GcasApplicationStore Store { get; } = new();

    public GcasFaults Faults { get; }

    public int RequestCount => Volatile.Read(ref _requests);

    public static async Task<GcasSimulator> StartAsync(
        GoogleAccessTokens tokens, TimeProvider? time = null, GcasSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var simulator = new GcasSimulator(tokens, time ?? TimeProvider.System, options ?? new GcasSimulatorOptions());
        simulator._server = await LoopbackServer.StartAsync(simulator.Map, cancellationToken: cancellationToken);
        return simulator;
    }

    /// <summary>Adds (or replaces) an application; its id is read from <c>applicationId</c>.</summary>
    public StoredApplication AddApplication(JsonObject application) =>
        Store.Add(application["applicationId"]?.GetValue<string>() ?? throw new ArgumentException("applicationId is missing", nameof(application)),
            application.ToJsonString());

    /// <summary>Adds raw text under an id, even text that is not JSON at all.</summary>
    public StoredApplication AddRawApplication(string applicationId, string rawText) => Store.Add(applicationId, rawText);

    /// <summary>Seeds the valid sample applications, then the malformed ones.</summary>
    public void SeedSamples()
    {
        foreach (var application in SampleApplications.ValidSet())
        {
            AddApplication(application);
        }

        foreach (var (_, application) in SampleApplications.MalformedSet())
        {
            AddApplication(application);
        }
    }

    public IReadOnlyList<RecordedStatusEvent> Events(string applicationId) => Store.Events(applicationId);

    /// <summary>Pushes one application to our <c>POST /gcas/applications</c>, authenticated with a Google ID token.</summary>
    public async Task<int> PushAsync(HttpClient http, Uri endpoint, string applicationId, string idToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var stored = Store.Find(applicationId) ?? throw new ArgumentException($"unknown application {applicationId}", nameof(applicationId));
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(stored.RawJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", idToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return (int)response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requests);
            if (await RefusedAsync(context))
            {
                return;
            }

            await next(context);
        });
        app.MapGet("/v1/oci/applications", ListAsync);
        app.MapGet("/v1/oci/applications/{applicationId}", GetAsync);
        app.MapPost("/v1/oci/applications/{applicationId}/status-events", new StatusEventEndpoint(Store, _time).HandleAsync);
    }

    private async Task<bool> RefusedAsync(HttpContext context)
    {
        var (retryAfter, serverError, delay) = Faults.Next();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted);
        }

        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await Problems.WriteAsync(context, 503, "unavailable", "Service Unavailable", "GCAS is under maintenance.");
            return true;
        }

        if (serverError)
        {
            await Problems.WriteAsync(context, 500, "internal", "Internal Server Error", "An unexpected error occurred.");
            return true;
        }

        var check = _tokens.CheckAuthorizationHeader(context.Request.Headers.Authorization);
        if (!check.Valid)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await Problems.WriteAsync(context, 401, "unauthenticated", "Unauthorized", $"A valid Google access token is required ({check.Reason}).");
            return true;
        }

        if ((_options.RequiredPrincipal is { } principal && check.Token!.Principal != principal)
            || !check.Token!.Scopes.Contains(_options.RequiredScope))
        {
            await Problems.WriteAsync(context, 403, "forbidden", "Forbidden", "This principal may not use the OCI provisioning API.");
            return true;
        }

        return false;
    }

    private async Task ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var limit = _options.DefaultPageSize;
        if (query.ContainsKey("limit") && (!int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > _options.MaxPageSize))
        {
            await Problems.WriteAsync(context, 400, "invalid-parameter", "Bad Request", $"limit must be an integer from 1 to {_options.MaxPageSize}.",
                new JsonObject { ["limit"] = new JsonArray("out of range") });
            return;
        }

        long after = 0;
        if (query.ContainsKey("after") && !Cursor.TryParse(query["after"].ToString(), out after))
        {
            await Problems.WriteAsync(context, 400, "invalid-cursor", "Bad Request", "The cursor is not one this API issued.",
                new JsonObject { ["after"] = new JsonArray("invalid cursor") });
            return;
        }

        var status = query.ContainsKey("status") ? query["status"].ToString() : null;
        var (items, _) = Store.List(status, after, limit);
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(ParseOrString(item.RawJson));
        }

        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["items"] = array,
            ["nextCursor"] = items.Count == 0 ? null : Cursor.Format(items[^1].Position),
        });
    }

    private async Task GetAsync(HttpContext context, string applicationId)
    {
        if (Store.Find(applicationId) is not { } stored)
        {
            await Problems.WriteAsync(context, 404, "not-found", "Not Found", $"No application {applicationId}.");
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(stored.RawJson, context.RequestAborted);
    }

    private static JsonNode? ParseOrString(string raw)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return JsonValue.Create(raw);
        }
    }
}
