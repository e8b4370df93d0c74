using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Bot.Operations;

internal static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: every readiness check passes.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", (IEnumerable<IReadinessCheck> checks) =>
        {
            var results = checks.Select(check => check.Check()).ToList();
            var ready = results.All(r => r.Ready);
            return Results.Json(
                new { ready, checks = results.Select(r => new { name = r.Name, ready = r.Ready, detail = r.Detail }) },
                statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
