using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// The HTTP side of the Web API: tokens in the Authorization header, <c>ok</c> always checked, errors mapped to
/// <see cref="SlackApiError"/>, HTTP 429 waited out (<c>Retry-After</c>, on the TimeProvider) and retried.
/// Other failures are not retried here: chat.postMessage has no idempotency key, so a blind retry could post twice.
/// </summary>
internal sealed class SlackApiTransport(
    IHttpClientFactory httpClientFactory,
    IOptions<SlackOptions> options,
    SlackStats stats,
    TimeProvider time,
    SlackTuning tuning,
    ILogger<SlackApiTransport> logger)
{
    public const string HttpClientName = "Slack.WebApi";

    public Task<SlackApiResult<JsonElement>> PostJsonAsync(string method, JsonObject body, string token, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        return SendAsync(method, MethodUri(method), () => new StringContent(json, Encoding.UTF8, "application/json"), token, false, cancellationToken);
    }

    public Task<SlackApiResult<JsonElement>> PostFormAsync(string method, IReadOnlyDictionary<string, string> fields, string token, CancellationToken cancellationToken) =>
        SendAsync(method, MethodUri(method), () => new FormUrlEncodedContent(fields), token, false, cancellationToken);

    /// <summary>response_url answers with a bare "ok" on success, so a 2xx without JSON is success there.</summary>
    public Task<SlackApiResult<JsonElement>> PostToResponseUrlAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        return SendAsync("response_url", responseUrl, () => new StringContent(json, Encoding.UTF8, "application/json"), null, true, cancellationToken);
    }

    private Uri MethodUri(string method) => new(options.Value.ApiBaseUri, method);

    private async Task<SlackApiResult<JsonElement>> SendAsync(
        string method, Uri uri, Func<HttpContent> content, string? token, bool plainOkIsSuccess, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                stats.TransportError();
                logger.LogWarning("Slack {Method} failed without an HTTP answer: {Error}", method, ex.Message);
                return SlackApiResult<JsonElement>.Fail(new(method, SlackApiError.RequestFailed, 0, Messages: [ex.GetType().Name]));
            }

            using (response)
            {
                if (response.StatusCode != HttpStatusCode.TooManyRequests)
                {
                    return await ReadAsync(method, response, plainOkIsSuccess, cancellationToken);
                }

                stats.RateLimitedResponse(method);
                var wait = response.Headers.RetryAfter?.Delta ?? tuning.DefaultRetryAfter;
                if (attempt >= tuning.MaxRateLimitRetries)
                {
                    stats.ApiError(method, SlackApiError.RateLimited);
                    logger.LogWarning("Slack {Method} still rate limited after {Attempts} attempts", method, attempt + 1);
                    return SlackApiResult<JsonElement>.Fail(new(method, SlackApiError.RateLimited, 429, RetryAfter: wait));
                }

                logger.LogInformation("Slack {Method} rate limited; retrying after {Delay}", method, wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    private async Task<SlackApiResult<JsonElement>> ReadAsync(string method, HttpResponseMessage response, bool plainOkIsSuccess, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            if (response.IsSuccessStatusCode && plainOkIsSuccess)
            {
                return SlackApiResult<JsonElement>.Ok(default);
            }

            var code = response.IsSuccessStatusCode ? SlackApiError.InvalidResponse
                : response.StatusCode == HttpStatusCode.ServiceUnavailable ? "service_unavailable" : $"http_{status}";
            return Failed(new(method, code, status));
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
        {
            if (root.TryGetProperty("warning", out var warning))
            {
                logger.LogDebug("Slack {Method} warned: {Warning}", method, warning.ToString());
            }

            return SlackApiResult<JsonElement>.Ok(root);
        }

        return Failed(ErrorFrom(method, status, root));
    }

    private SlackApiResult<JsonElement> Failed(SlackApiError error)
    {
        stats.ApiError(error.Method, error.Code);
        logger.LogWarning("Slack call failed: {Error}", error.ToString());
        return SlackApiResult<JsonElement>.Fail(error);
    }

    private static SlackApiError ErrorFrom(string method, int status, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new(method, SlackApiError.InvalidResponse, status);
        }

        var messages = new List<string>();
        if (root.TryGetProperty("response_metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            messages.AddRange(list.EnumerateArray().Select(m => m.ToString()));
        }

        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            messages.AddRange(errors.EnumerateArray().Select(e => e.ToString()).Where(e => !messages.Any(m => m.Contains(e, StringComparison.Ordinal))));
        }

        return new(
            method,
            Text(root, "error") ?? (status >= 400 ? $"http_{status}" : SlackApiError.InvalidResponse),
            status,
            Text(root, "needed"),
            Text(root, "provided"),
            messages.Count > 0 ? messages : null);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
