using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Identity: tenancies, regions and region subscriptions.</summary>
internal static class SimTenancyRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/tenancies/{tenancyId}", (HttpContext context, string tenancyId) => GetTenancy(context, sim, tenancyId)).WithName("GetTenancy");
        api.MapGet("/regions", () => SimResults.Json(SimRegions.All.Select(r => new { key = r.Key, name = r.Name }).ToList())).WithName("ListRegions");
        api.MapGet("/tenancies/{tenancyId}/regionSubscriptions", (HttpContext context, string tenancyId) => ListSubscriptions(context, sim, tenancyId))
            .WithName("ListRegionSubscriptions");
        api.MapPost("/tenancies/{tenancyId}/regionSubscriptions", (HttpContext context, string tenancyId) => SubscribeAsync(context, sim, tenancyId))
            .WithName("CreateRegionSubscription");
    }

    private static IResult GetTenancy(HttpContext context, SimServices sim, string tenancyId)
    {
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyForOrganizationParent(sim, context, tenancyId);
            return tenancy.Id == tenancyId
                ? SimResults.Json(new { id = tenancy.Id, name = tenancy.Name, description = tenancy.Name, homeRegionKey = SimRegions.KeyOf(tenancy.HomeRegion) })
                : throw SimApiException.NotFound($"tenancy {tenancyId}");
        }
    }

    private static IResult ListSubscriptions(HttpContext context, SimServices sim, string tenancyId)
    {
        lock (sim.State.Gate)
        {
            SimChecks.TenancyForOrganizationParent(sim, context, tenancyId);
            var now = sim.Now;
            return SimResults.Json(sim.State.Subscriptions.Where(s => s.TenancyId == tenancyId).Select(s => Wire(s, now)).ToList());
        }
    }

    private static async Task<IResult> SubscribeAsync(HttpContext context, SimServices sim, string tenancyId)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var regionKey = SimJson.Required(body, "regionKey").ToUpperInvariant();
        var regionName = SimRegions.NameOf(regionKey) ?? throw SimApiException.Invalid($"Unknown regionKey {regionKey}.");
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyForOrganizationParent(sim, context, tenancyId);
            SimChecks.HomeRegion(SimRequest.Of(context), tenancy);
            if (sim.State.Subscriptions.Any(s => s.TenancyId == tenancyId && s.RegionKey == regionKey))
            {
                throw SimApiException.AlreadyExists($"The tenancy is already subscribed to {regionName}.");
            }

            // A child's regions must be a subset of the parent's (the error code for this is a guess).
            if (!tenancy.IsParent && !sim.State.Subscriptions.Any(s => s.TenancyId == sim.State.ParentTenancyId && s.RegionKey == regionKey))
            {
                throw SimApiException.Invalid($"The parent tenancy is not subscribed to {regionName}.");
            }

            var subscription = new SimRegionSubscription(tenancyId, regionKey, regionName, IsHomeRegion: false, sim.Now + sim.Options.RegionSubscriptionTime);
            sim.State.Subscriptions.Add(subscription);
            return SimResults.Json(Wire(subscription, sim.Now));
        }
    }

    private static object Wire(SimRegionSubscription s, DateTimeOffset now) =>
        new { regionKey = s.RegionKey, regionName = s.RegionName, status = s.Status(now), isHomeRegion = s.IsHomeRegion };
}
