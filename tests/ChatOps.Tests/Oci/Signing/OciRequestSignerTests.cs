using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.Signing;
using ChatOps.Tests.Oci.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Tests.Oci.Signing;

public class OciRequestSignerTests
{
    // The official vector's date says "Thu" but 5 January 2014 was a Sunday. A signer that formats the date
    // itself (as it must, fresh for every attempt) writes "Sun"; the handler tests below therefore check that the
    // handler signs the vector's signing string with only that date line changed.
    private static readonly DateTimeOffset VectorInstant = new(2014, 1, 5, 21, 31, 40, TimeSpan.Zero);
    private const string HandlerDate = "Sun, 05 Jan 2014 21:31:40 GMT";

    [Fact]
    public void Get_vector_signing_string_and_signature_match_byte_for_byte()
    {
        using var key = VectorKey();
        var uri = new Uri(OciSigningVectors.GetUrl);
        var input = new OciSigningInput("GET", uri.PathAndQuery, uri.Host, OciSigningVectors.Date);

        Assert.Equal(OciSigningVectors.GetSigningString, input.SigningString);
        Assert.Equal(OciSigningVectors.GetSignature, input.Sign(key));
        Assert.Equal(OciSigningVectors.GetAuthorization, input.AuthorizationHeader(OciSigningVectors.KeyId, key));
    }

    [Fact]
    public void Post_vector_signing_string_and_signature_match_byte_for_byte()
    {
        using var key = VectorKey();
        var uri = new Uri(OciSigningVectors.PostUrl);
        var body = Encoding.UTF8.GetBytes(OciSigningVectors.PostBody);
        var input = new OciSigningInput("POST", uri.PathAndQuery, uri.Host, OciSigningVectors.Date, body.Length, "application/json", OciSigningInput.BodySha256(body));

        Assert.Equal(OciSigningVectors.PostContentLength, body.Length);
        Assert.Equal(OciSigningVectors.PostContentSha256, input.ContentSha256);
        Assert.Equal(OciSigningVectors.PostSigningString, input.SigningString);
        Assert.Equal(OciSigningVectors.PostSignature, input.Sign(key));
        Assert.Equal(OciSigningVectors.PostAuthorization, input.AuthorizationHeader(OciSigningVectors.KeyId, key));
    }

    [Fact]
    public async Task Handler_signs_the_official_get_request_as_the_vector_does()
    {
        var sent = await SendThroughSignerAsync(new HttpRequestMessage(HttpMethod.Get, OciSigningVectors.GetUrl));
        using var key = VectorKey();
        var uri = new Uri(OciSigningVectors.GetUrl);
        var expected = new OciSigningInput("GET", uri.PathAndQuery, uri.Host, HandlerDate);

        Assert.Equal(WithHandlerDate(OciSigningVectors.GetSigningString), expected.SigningString);
        Assert.Equal(expected.AuthorizationHeader(OciSigningVectors.KeyId, key), sent.Header("Authorization"));
        Assert.Equal(HandlerDate, sent.Header("date"));
        Assert.Equal("iaas.us-phoenix-1.oraclecloud.com", sent.Header("Host"));
        Assert.Null(sent.Header("x-content-sha256"));
    }

    [Fact]
    public async Task Handler_signs_the_official_post_request_as_the_vector_does()
    {
        var body = Encoding.UTF8.GetBytes(OciSigningVectors.PostBody);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var sent = await SendThroughSignerAsync(new HttpRequestMessage(HttpMethod.Post, OciSigningVectors.PostUrl) { Content = content });
        using var key = VectorKey();
        var uri = new Uri(OciSigningVectors.PostUrl);
        var expected = new OciSigningInput("POST", uri.PathAndQuery, uri.Host, HandlerDate, body.Length, "application/json", OciSigningVectors.PostContentSha256);

        Assert.Equal(WithHandlerDate(OciSigningVectors.PostSigningString), expected.SigningString);
        Assert.Equal(expected.AuthorizationHeader(OciSigningVectors.KeyId, key), sent.Header("Authorization"));
        Assert.Equal(OciSigningVectors.PostContentSha256, sent.Header("x-content-sha256"));
        Assert.Equal("316", sent.Header("Content-Length"));
        Assert.Equal("application/json", sent.Header("Content-Type"));
    }

    [Fact]
    public async Task Empty_post_is_signed_with_content_length_zero_and_the_empty_hash()
    {
        var sent = await SendThroughSignerAsync(new HttpRequestMessage(HttpMethod.Post, OciSigningVectors.PostUrl));

        Assert.Equal("0", sent.Header("Content-Length"));
        Assert.Equal("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", sent.Header("x-content-sha256"));
        Assert.Contains("headers=\"date (request-target) host content-length content-type x-content-sha256\"", sent.Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task String_content_is_signed_with_the_charset_it_sends()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "https://identity.ap-osaka-1.oci.oraclecloud.com/20160918/policies/x")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        var sent = await SendThroughSignerAsync(request);
        using var key = VectorKey();
        var expected = new OciSigningInput(
            "PUT", "/20160918/policies/x", "identity.ap-osaka-1.oci.oraclecloud.com", HandlerDate, 2, "application/json; charset=utf-8", OciSigningInput.BodySha256("{}"u8));

        Assert.Equal("application/json; charset=utf-8", sent.Header("Content-Type"));
        Assert.Equal(expected.AuthorizationHeader(OciSigningVectors.KeyId, key), sent.Header("Authorization"));
    }

    [Fact]
    public async Task Each_send_is_signed_again_with_the_current_date()
    {
        var clock = new FakeTimeProvider(VectorInstant);
        using var key = VectorKey();
        var capture = new CapturingHandler();
        using var signer = new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(OciSigningVectors.KeyId, key)), clock) { InnerHandler = capture };
        using var invoker = new HttpMessageInvoker(signer);
        using var request = new HttpRequestMessage(HttpMethod.Get, OciSigningVectors.GetUrl);

        await invoker.SendAsync(request, CancellationToken.None);
        var first = capture.Last!.Header("Authorization");
        clock.Advance(TimeSpan.FromSeconds(3));
        await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal("Sun, 05 Jan 2014 21:31:43 GMT", capture.Last!.Header("date"));
        Assert.NotEqual(first, capture.Last!.Header("Authorization"));
        Assert.Single(request.Headers.GetValues("Authorization"));
    }

    private static string WithHandlerDate(string vectorSigningString) =>
        vectorSigningString.Replace("date: " + OciSigningVectors.Date, "date: " + HandlerDate, StringComparison.Ordinal);

    private static RSA VectorKey()
    {
        var key = RSA.Create();
        key.ImportFromPem(OciSigningVectors.PrivateKeyPem);
        return key;
    }

    private static async Task<SentRequest> SendThroughSignerAsync(HttpRequestMessage request)
    {
        using var key = VectorKey();
        var capture = new CapturingHandler();
        using var signer = new OciRequestSigner(new StaticAuthProvider(new OciSigningCredentials(OciSigningVectors.KeyId, key)), new FakeTimeProvider(VectorInstant)) { InnerHandler = capture };
        using var invoker = new HttpMessageInvoker(signer);
        using (request)
        {
            await invoker.SendAsync(request, CancellationToken.None);
        }

        return capture.Last!;
    }
}
