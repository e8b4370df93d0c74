using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>A JSON body with the simulator's serializer settings and an optional etag.</summary>
internal sealed class SimJsonResult(object value, int status, string? etag) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        if (etag is not null)
        {
            httpContext.Response.Headers.ETag = etag;
        }

        return httpContext.Response.WriteAsJsonAsync(value, value.GetType(), SimJson.Options, "application/json", httpContext.RequestAborted);
    }
}
