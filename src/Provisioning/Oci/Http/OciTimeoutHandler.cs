namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// Bounds one attempt by <c>Oci:Timeout</c> on the <see cref="TimeProvider"/>. It sits after the rate limiter, so
/// time spent waiting for a slot in a busy wave never counts against the attempt; a timeout surfaces as
/// <see cref="TimeoutException"/>, which the retry handler treats like a network failure.
/// </summary>
internal sealed class OciTimeoutHandler(TimeSpan timeout, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using var expiry = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            return await base.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException ex) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The OCI request did not complete within {timeout}.", ex);
        }
    }
}
