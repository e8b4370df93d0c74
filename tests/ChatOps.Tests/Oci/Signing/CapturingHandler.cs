using System.Net;

namespace ChatOps.Tests.Oci.Signing;

/// <summary>The innermost handler in signer tests: records what would go on the wire and answers 200.</summary>
internal sealed class CapturingHandler : HttpMessageHandler
{
    public SentRequest? Last { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }
        }

        Last = new SentRequest(headers);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
