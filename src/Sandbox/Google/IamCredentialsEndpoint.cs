using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Google;

/// <summary>
/// IAM Credentials <c>POST /v1/projects/-/serviceAccounts/{email}:generateAccessToken</c>: the caller presents a
/// federated STS token as Bearer; its principal must hold Workload Identity User on the service account.
/// Errors use Google's API error shape.
/// </summary>
internal sealed class IamCredentialsEndpoint(
    ConcurrentDictionary<string, HashSet<string>> impersonators,
    GoogleAccessTokens tokens,
    GoogleCloudSimulatorOptions options)
{
    private const string Suffix = ":generateAccessToken";
    private const string CloudPlatformScope = "https://www.googleapis.com/auth/cloud-platform";
    private const string IamScope = "https://www.googleapis.com/auth/iam";

    public HopFaults Faults { get; } = new();

    public HopCounters Counters { get; } = new();

    public JsonObject? LastBody { get; private set; }

    public async Task HandleAsync(HttpContext context, string project, string resource)
    {
        Counters.Request();
        if (Faults.TryTake(out var fault))
        {
            await JsonResponses.GoogleErrorAsync(context, fault.Status, fault.Error, fault.Description);
            return;
        }

        if (project != "-" || !resource.EndsWith(Suffix, StringComparison.Ordinal))
        {
            await JsonResponses.GoogleErrorAsync(context, 404, "NOT_FOUND", "Requested entity was not found.");
            return;
        }

        var caller = tokens.CheckAuthorizationHeader(context.Request.Headers.Authorization);
        if (!caller.Valid)
        {
            await JsonResponses.GoogleErrorAsync(context, 401, "UNAUTHENTICATED",
                "Request had invalid authentication credentials. Expected OAuth 2 access token.");
            return;
        }

        if (!caller.Token!.Scopes.Any(s => s is CloudPlatformScope or IamScope))
        {
            await JsonResponses.GoogleErrorAsync(context, 403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.");
            return;
        }

        var email = Uri.UnescapeDataString(resource[..^Suffix.Length]);
        if (!impersonators.TryGetValue(email, out var allowed)
            || !(allowed.Contains(caller.Token.Principal) || allowed.Contains("*")))
        {
            await JsonResponses.GoogleErrorAsync(context, 403, "PERMISSION_DENIED",
                "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).");
            return;
        }

        var (scopes, lifetime, problem) = await ReadBodyAsync(context);
        if (problem is not null)
        {
            await JsonResponses.GoogleErrorAsync(context, 400, "INVALID_ARGUMENT", problem);
            return;
        }

        var issued = tokens.Mint("sa", $"serviceAccount:{email}", scopes, lifetime);
        Counters.Issue();
        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["accessToken"] = issued.Token,
            ["expireTime"] = issued.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        });
    }

    private async Task<(string[] Scopes, TimeSpan Lifetime, string? Problem)> ReadBodyAsync(HttpContext context)
    {
        try
        {
            LastBody = (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))?.AsObject();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return ([], default, "Invalid JSON payload received.");
        }

        var scopes = (LastBody?["scope"] as JsonArray)?.Select(s => s?.GetValue<string>()).OfType<string>().ToArray() ?? [];
        if (scopes.Length == 0)
        {
            return ([], default, "Scope required.");
        }

        var lifetime = options.MaxServiceAccountTokenLifetime;
        if (LastBody?["lifetime"] is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (!text.EndsWith('s') || !double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                return ([], default, $"Invalid value at 'lifetime' ({text}).");
            }

            if (TimeSpan.FromSeconds(seconds) > options.MaxServiceAccountTokenLifetime)
            {
                return ([], default, "The lifetime exceeds the maximum allowed for this service account.");
            }

            lifetime = TimeSpan.FromSeconds(seconds);
        }

        return (scopes, lifetime, null);
    }
}
