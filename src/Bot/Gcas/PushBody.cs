using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatOps.Bot.Gcas;

/// <summary>Reads a pushed body as strict UTF-8 text, never more than the limit, whatever Content-Length claims.</summary>
internal static class PushBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or the status to answer (413 too large, 400 empty or not UTF-8) with why.</summary>
    public static async Task<(string? Text, int Status, string? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit} bytes");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit} bytes");
                }

                await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {limit} bytes");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (bytes.IsEmpty)
        {
            return (null, StatusCodes.Status400BadRequest, "the body is empty");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), StatusCodes.Status200OK, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, StatusCodes.Status400BadRequest, "the body is not UTF-8 text");
        }
    }
}
