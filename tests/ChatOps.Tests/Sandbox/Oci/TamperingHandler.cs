namespace ChatOps.Tests.Sandbox.Oci;

/// <summary>Sits after the signer and flips one bit of the signed body, keeping its length and headers.</summary>
internal sealed class TamperingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        body[^2] ^= 0x01;
        var tampered = new ByteArrayContent(body);
        foreach (var header in request.Content.Headers)
        {
            tampered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Content = tampered;
        return await base.SendAsync(request, cancellationToken);
    }
}
