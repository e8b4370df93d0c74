using ChatOps.Provisioning.Gcas.Push;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Gcas;

internal static class GcasPushEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /gcas/applications</c> when <c>Gcas:Push:Enabled</c> is true; otherwise maps nothing, so the
    /// path answers 404 and there is no inbound door to guard. Needs <c>AddProvisioning</c> and <c>AddGcas</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapGcasPush(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<GcasPushOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        var endpoint = ActivatorUtilities.CreateInstance<GcasPushEndpoint>(endpoints.ServiceProvider);
        endpoints.MapPost(GcasPushEndpoint.Path, (Delegate)((HttpContext context) => endpoint.HandleAsync(context))).WithName("GcasPush");
        return endpoints;
    }
}
