using System.Net.Http.Headers;

namespace ChatOps.Provisioning.Gcas.Auth;

/// <summary>
/// Sits under every request of the federation chain (our own identity-domain call and the ones Google.Apis.Auth
/// makes to STS and IAM Credentials). A failure becomes a <see cref="GoogleAuthHopException"/> naming the hop
/// and carrying only the peer's error code and description.
/// </summary>
internal sealed class HopObservingHandler(IReadOnlyDictionary<string, AuthHop> hopsByUrl) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var hop = Classify(request.RequestUri);
        if (hop is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new GoogleAuthHopException(new GoogleAuthFailure(hop.Value, null, "network_error", e.HttpRequestError.ToString(), IsTransient: true));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GoogleAuthHopException(new GoogleAuthFailure(hop.Value, null, "timeout", null, IsTransient: true));
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new GoogleAuthHopException(HopErrorBody.ToFailure(hop.Value, response.StatusCode, body, RetryAfter(response.Headers)));
        }
    }

    public static string Key(Uri url) => url.GetLeftPart(UriPartial.Path);

    private AuthHop? Classify(Uri? url) =>
        url is not null && hopsByUrl.TryGetValue(Key(url), out var hop) ? hop : null;

    private static TimeSpan? RetryAfter(HttpResponseHeaders headers) =>
        headers.RetryAfter?.Delta;
}
