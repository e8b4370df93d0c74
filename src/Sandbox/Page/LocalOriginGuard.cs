using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// The page listens on loopback only, but a web page from elsewhere open in the same browser could still call it.
/// Requests must name a loopback host (no DNS rebinding), come from the page's own origin when they carry one,
/// and send JSON when they change something (so a cross-site form post cannot).
/// </summary>
internal static class LocalOriginGuard
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var port = http.Connection.LocalPort;
        var host = http.Request.Host;
        if (!IsLoopback(host.Host, host.Port ?? 80, port))
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status403Forbidden, "The sandbox page answers on localhost only.");
            return;
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri.Host, uri.Port, port)))
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status403Forbidden, "Cross-origin requests are refused.");
            return;
        }

        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "Send application/json.");
            return;
        }

        await next(http);
    }

    private static bool IsLoopback(string host, int port, int localPort) =>
        port == localPort && LoopbackHosts.Contains(host.StartsWith('[') ? host : host.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);
}
