using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ChatOps.Provisioning.Gcas.Auth;
using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Gcas;

/// <summary>
/// Typed HttpClient for the GCAS API (base address <c>Gcas:BaseUrl</c>). Every call carries a Google access token
/// from workload identity federation; a 401 is answered once with a forced token refresh, since GCAS may have
/// stopped honouring a token our cache still thinks is fresh. Retrying beyond that is the caller's policy.
/// </summary>
internal sealed class GcasClient(
    HttpClient http,
    IGoogleAccessTokenSource tokens,
    Microsoft.Extensions.Options.IOptions<GcasOptions> options,
    TimeProvider time,
    ILogger<GcasClient> logger) : IGcasClient
{
    private const string Applications = "v1/oci/applications";

    public Task<GcasOutcome<GcasApplicationPage>> ListSubmittedApplicationsAsync(string? afterCursor, CancellationToken cancellationToken)
    {
        var query = $"?status=submitted&limit={options.Value.PageSize.ToString(CultureInfo.InvariantCulture)}"
            + (string.IsNullOrEmpty(afterCursor) ? "" : "&after=" + Uri.EscapeDataString(afterCursor));
        return SendAsync(
            "list applications",
            () => new HttpRequestMessage(HttpMethod.Get, Applications + query),
            (_, body) => GcasResponses.Page(body),
            cancellationToken);
    }

    public Task<GcasOutcome<GcasRawApplication>> GetApplicationAsync(string applicationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(applicationId);
        return SendAsync(
            "get application",
            () => new HttpRequestMessage(HttpMethod.Get, $"{Applications}/{Uri.EscapeDataString(applicationId)}"),
            (_, body) => GcasOutcome<GcasRawApplication>.Success(new GcasRawApplication(applicationId, body)),
            cancellationToken);
    }

    public Task<GcasOutcome<GcasEventReceipt>> PostStatusEventAsync(GcasStatusEvent statusEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statusEvent);
        var body = GcasStatusEventBody.Serialize(statusEvent);
        return SendAsync(
            "post status event",
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"{Applications}/{Uri.EscapeDataString(statusEvent.ApplicationId)}/status-events")
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
                };
                request.Headers.Add("Idempotency-Key", statusEvent.IdempotencyKey);
                return request;
            },
            (response, _) => GcasOutcome<GcasEventReceipt>.Success(new GcasEventReceipt(response.StatusCode == HttpStatusCode.OK)),
            cancellationToken);
    }

    private async Task<GcasOutcome<T>> SendAsync<T>(
        string operation,
        Func<HttpRequestMessage> build,
        Func<HttpResponseMessage, string, GcasOutcome<T>> onSuccess,
        CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (!token.Succeeded)
            {
                return Log(AuthFailure<T>(operation, token.Failure!));
            }

            using var request = build();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("application/problem+json");
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                return Log(GcasOutcome<T>.Transient(new GcasFailure($"GCAS {operation} failed: {e.HttpRequestError} ({e.Message})")));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Log(GcasOutcome<T>.Transient(new GcasFailure($"GCAS {operation} timed out after {http.Timeout.TotalSeconds:0.#} s")));
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
                {
                    token = await tokens.RefreshAsync(cancellationToken);
                    continue;
                }

                return Log(response.IsSuccessStatusCode
                    ? onSuccess(response, body)
                    : GcasResponses.Failure<T>(response.StatusCode, response.Headers, body, time, operation));
            }
        }
    }

    private static GcasOutcome<T> AuthFailure<T>(string operation, GoogleAuthFailure failure)
    {
        var gcasFailure = new GcasFailure($"GCAS {operation}: no access token: {failure.Message}", failure.StatusCode, failure.RetryAfter, Auth: failure);
        return failure.IsTransient ? GcasOutcome<T>.Transient(gcasFailure) : GcasOutcome<T>.Permanent(gcasFailure);
    }

    private GcasOutcome<T> Log<T>(GcasOutcome<T> outcome)
    {
        if (!outcome.IsSuccess)
        {
            logger.LogWarning("{Kind}: {Summary}", outcome.Kind, outcome.Failure!.Summary);
        }

        return outcome;
    }
}
