using Microsoft.Extensions.Logging;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// Retries transient OCI answers, network failures and attempt timeouts. It is the outermost handler, so each
/// attempt waits its turn at the rate limiter and is signed afresh. All waiting goes through the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class OciRetryHandler(OciRetryPolicy policy, TimeProvider time, ILogger logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mayResend = OciRetryPolicy.MayResend(request);
        for (var attempt = 1; ; attempt++)
        {
            var last = !mayResend || attempt >= policy.MaxAttempts;
            TimeSpan delay;
            string outcome;
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (last || !await OciRetryPolicy.IsTransientAsync(response, cancellationToken))
                {
                    return response;
                }

                delay = OciRetryPolicy.RetryAfter(response, time.GetUtcNow()) ?? policy.Backoff(attempt);
                outcome = $"HTTP {(int)response.StatusCode}";
                response.Dispose();
            }
            catch (Exception ex) when (!last && ex is HttpRequestException or TimeoutException)
            {
                delay = policy.Backoff(attempt);
                outcome = ex.GetType().Name;
            }

            logger.LogWarning(
                "OCI {Method} {Path} attempt {Attempt} of {MaxAttempts} got {Outcome}; retrying in {Delay}.",
                request.Method,
                request.RequestUri?.AbsolutePath,
                attempt,
                policy.MaxAttempts,
                outcome,
                delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }
}
