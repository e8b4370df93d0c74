using System.Net.Http.Headers;
using System.Text.Json;
using ChatOps.Provisioning.Oci.Auth;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// Sends one OCI operation through the service's handler pipeline (retry → rate limit → signer) and turns the
/// answer into an <see cref="OciResult{T}"/>. Expected failures become values; only caller cancellation throws.
/// </summary>
internal sealed class OciHttp(IHttpClientFactory clients, OciEndpoints endpoints, OciService service, TimeProvider time)
{
    public OciService Service { get; } = service;

    public string DefaultRegion => endpoints.DefaultRegion;

    public static string ClientName(OciService service) => "oci-" + service.ToString().ToLowerInvariant();

    public Task<OciResult<T>> SendAsync<T>(OciCall call, CancellationToken cancellationToken) =>
        ExecuteAsync(call, (_, body) => Deserialize<T>(body), cancellationToken);

    public Task<OciResult<OciAccepted>> SendAcceptedAsync(OciCall call, CancellationToken cancellationToken) =>
        ExecuteAsync(call, (response, _) => new OciAccepted(Header(response, "opc-work-request-id")), cancellationToken);

    /// <summary>A list call; Identity answers with a bare JSON array, newer services with <c>{"items":[...]}</c>.</summary>
    public Task<OciResult<OciPage<T>>> SendPageAsync<T>(OciCall call, CancellationToken cancellationToken) =>
        ExecuteAsync(
            call,
            (response, body) =>
            {
                using var document = JsonDocument.Parse(body);
                var items = document.RootElement.ValueKind == JsonValueKind.Array
                    ? document.RootElement
                    : document.RootElement.GetProperty("items");
                var list = items.Deserialize<List<T>>(OciJson.Options) ?? [];
                return new OciPage<T>(list, Header(response, "opc-next-page"));
            },
            cancellationToken);

    private async Task<OciResult<TOut>> ExecuteAsync<TOut>(
        OciCall call,
        Func<HttpResponseMessage, byte[], TOut> map,
        CancellationToken cancellationToken)
    {
        using var request = CreateRequest(call);
        try
        {
            var http = clients.CreateClient(ClientName(Service));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var requestId = Header(response, "opc-request-id");
            // Work requests say when to look again; throttling answers may say when to come back.
            var retryAfter = OciRetryPolicy.RetryAfter(response, time.GetUtcNow());
            if (!response.IsSuccessStatusCode)
            {
                return OciResult<TOut>.Failure(ReadError(call, (int)response.StatusCode, response.ReasonPhrase, body, requestId)) with { RetryAfter = retryAfter };
            }

            try
            {
                return OciResult<TOut>.Success(map(response, body), requestId, response.Headers.ETag?.Tag ?? Header(response, "etag")) with { RetryAfter = retryAfter };
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return OciResult<TOut>.Failure(Error(call, (int)response.StatusCode, "InvalidResponse", $"The response body could not be read: {ex.Message}", requestId));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            return OciResult<TOut>.Failure(Error(call, 0, OciError.RequestTimeout, "The request timed out.", null));
        }
        catch (HttpRequestException ex)
        {
            return OciResult<TOut>.Failure(Error(call, 0, OciError.NetworkError, ex.Message, null));
        }
        catch (OciAuthException ex)
        {
            var code = ex.IsPermanent ? OciError.AuthenticationMisconfigured : OciError.AuthenticationUnavailable;
            return OciResult<TOut>.Failure(Error(call, 0, code, ex.Message, null));
        }
    }

    private HttpRequestMessage CreateRequest(OciCall call)
    {
        var endpoint = endpoints.Resolve(Service, call.Region);
        var request = new HttpRequestMessage(call.Method, new Uri(endpoint.BaseAddress, call.Path.TrimStart('/')));
        request.Headers.Host = endpoint.Host;
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.TryAddWithoutValidation("opc-request-id", Guid.NewGuid().ToString("N").ToUpperInvariant());
        if (call.RetryToken is not null)
        {
            request.Headers.TryAddWithoutValidation("opc-retry-token", call.RetryToken);
        }

        if (call.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("if-match", call.IfMatch);
        }

        if (call.Body is not null)
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(call.Body, call.Body.GetType(), OciJson.Options));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Content = content;
        }

        return request;
    }

    private OciError ReadError(OciCall call, int status, string? reason, byte[] body, string? requestId)
    {
        string? code = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = document.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = document.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not every edge (load balancers, proxies) answers with OCI's JSON error body.
        }

        return Error(call, status, code ?? reason ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), message ?? reason ?? string.Empty, requestId);
    }

    private OciError Error(OciCall call, int status, string code, string message, string? requestId) =>
        new(status, code, message, requestId, Service.ToString(), call.Operation);

    private static T Deserialize<T>(byte[] body) =>
        JsonSerializer.Deserialize<T>(body, OciJson.Options) ?? throw new JsonException("The response body is empty.");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
