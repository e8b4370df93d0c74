using System.Globalization;
using System.Net.Http.Headers;
using ChatOps.Provisioning.Oci.Auth;

namespace ChatOps.Provisioning.Oci.Signing;

/// <summary>
/// Signs every request (OCI signature version 1). It sits inside the retry handler, so each attempt gets a fresh
/// date and signature, and it signs exactly the header values that go on the wire: it sets them itself.
/// </summary>
internal sealed class OciRequestSigner(IOciAuthProvider auth, TimeProvider time) : DelegatingHandler
{
    private const string JsonContentType = "application/json";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("An OCI request needs an absolute RequestUri.");
        var credentials = await auth.GetCredentialsAsync(cancellationToken);

        // The Host header may name the regional endpoint while the connection goes to an override; sign what is sent.
        var host = request.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}");
        request.Headers.Host = host;
        var date = time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        SetRaw(request.Headers, "date", date);

        var input = new OciSigningInput(request.Method.Method, uri.PathAndQuery, host, date);
        if (OciSigningInput.MethodSignsBody(request.Method))
        {
            // An empty body is still hashed and sent with content-length 0, as OCI requires.
            request.Content ??= new ByteArrayContent([]);
            var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            request.Content.Headers.ContentType ??= new MediaTypeHeaderValue(JsonContentType);
            request.Content.Headers.ContentLength = body.Length;
            var sha256 = OciSigningInput.BodySha256(body);
            SetRaw(request.Headers, "x-content-sha256", sha256);
            input = input with
            {
                ContentLength = body.Length,
                ContentType = request.Content.Headers.ContentType.ToString(),
                ContentSha256 = sha256,
            };
        }

        request.Headers.Authorization = null;
        SetRaw(request.Headers, "Authorization", input.AuthorizationHeader(credentials.KeyId, credentials.PrivateKey));
        return await base.SendAsync(request, cancellationToken);
    }

    private static void SetRaw(HttpHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
