using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// What OCI's SDKs retry (429, 500/502/503/504, 409 IncorrectState, network failures) and how long to wait:
/// the service's <c>retry-after</c> when it gives one, else jittered exponential backoff.
/// </summary>
internal sealed class OciRetryPolicy(OciRetryOptions options, Func<double> random)
{
    // A retry-after beyond this is treated as a fault on the other side, not a wait worth sitting through.
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(5);

    public int MaxAttempts => options.MaxAttempts;

    /// <summary>POST, PUT and PATCH change state; only an <c>opc-retry-token</c> makes sending them twice safe.</summary>
    public static bool MayResend(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unsafeMethod = request.Method == HttpMethod.Post || request.Method == HttpMethod.Put || request.Method == HttpMethod.Patch;
        return !unsafeMethod || request.Headers.Contains("opc-retry-token");
    }

    public static async Task<bool> IsTransientAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
            case HttpStatusCode.InternalServerError:
            case HttpStatusCode.BadGateway:
            case HttpStatusCode.ServiceUnavailable:
            case HttpStatusCode.GatewayTimeout:
                return true;
            case HttpStatusCode.Conflict:
                // Buffered, so the caller can still read the body when we decide not to retry.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return await ErrorCodeAsync(response, cancellationToken) is "IncorrectState";
            default:
                return false;
        }
    }

    /// <summary>Exponential from BaseDelay, capped at MaxDelay, then scaled into [50 %, 100 %] so callers spread out.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (0.5 * random())));
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!response.Headers.TryGetValues("retry-after", out var values))
        {
            return null;
        }

        var raw = values.FirstOrDefault()?.Trim();
        TimeSpan? delay = null;
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            delay = TimeSpan.FromSeconds(seconds);
        }
        else if (DateTimeOffset.TryParseExact(raw, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            delay = at > now ? at - now : TimeSpan.Zero;
        }

        return delay > MaxRetryAfter ? MaxRetryAfter : delay;
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("code", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
