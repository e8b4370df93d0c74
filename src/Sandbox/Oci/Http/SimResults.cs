using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>Responses in OCI's shape: JSON bodies in camelCase, errors as <c>{"code","message"}</c>, list paging.</summary>
internal static class SimResults
{
    public static IResult Json(object value, int status = 200, string? etag = null) => new SimJsonResult(value, status, etag);

    public static Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsJsonAsync(new { code, message }, SimJson.Options);
    }

    /// <summary>One page of <paramref name="items"/>: <c>page</c> is an offset token, <c>limit</c> the page size.</summary>
    public static IReadOnlyList<T> Page<T>(HttpContext context, IReadOnlyList<T> items, int defaultPageSize)
    {
        var query = context.Request.Query;
        var offset = int.TryParse(query["page"], out var start) && start >= 0 ? start : 0;
        var limit = int.TryParse(query["limit"], out var size) && size > 0 ? size : defaultPageSize;
        var page = items.Skip(offset).Take(limit).ToList();
        if (offset + limit < items.Count)
        {
            context.Response.Headers["opc-next-page"] = (offset + limit).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return page;
    }
}
