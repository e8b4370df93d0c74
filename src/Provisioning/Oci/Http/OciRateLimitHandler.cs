namespace ChatOps.Provisioning.Oci.Http;

/// <summary>Waits for the service's rate limiter before every attempt; sits between the retry handler and the signer.</summary>
internal sealed class OciRateLimitHandler(OciRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limiter.WaitAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
