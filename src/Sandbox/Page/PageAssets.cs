using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// The page's HTML, CSS and scripts, embedded in the assembly so the sandbox works offline from one binary. The
/// content security policy allows only these files: even if something slipped past the page's escaping, no
/// injected script or style could run.
/// </summary>
internal sealed class PageAssets
{
    private const string Prefix = "sandbox-page/";
    private const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public PageAssets()
    {
        var assembly = typeof(PageAssets).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _files[name[Prefix.Length..]] = copy.ToArray();
        }
    }

    public IReadOnlyCollection<string> Names => _files.Keys;

    public async Task ServeAsync(HttpContext http, string name)
    {
        if (!_files.TryGetValue(name, out var bytes) || !Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = type;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = Policy;
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
