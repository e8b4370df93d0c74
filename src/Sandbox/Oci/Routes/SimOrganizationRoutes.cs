using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Organizations: the organization and its member tenancies.</summary>
internal static class SimOrganizationRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/organizations", (HttpContext context) => List(context, sim)).WithName("ListOrganizations");
        api.MapGet("/organizations/{organizationId}", (HttpContext context, string organizationId) => Get(context, sim, organizationId)).WithName("GetOrganization");
        api.MapGet("/organizations/{organizationId}/tenancies", (HttpContext context, string organizationId) => Tenancies(context, sim, organizationId))
            .WithName("ListOrganizationTenancies");
        api.MapGet("/organizations/{organizationId}/tenancies/{tenancyId}", (HttpContext context, string organizationId, string tenancyId) => Tenancy(context, sim, organizationId, tenancyId))
            .WithName("GetOrganizationTenancy");
    }

    private static IResult List(HttpContext context, SimServices sim)
    {
        var compartmentId = context.Request.Query["compartmentId"].FirstOrDefault() ?? throw SimApiException.Missing("compartmentId");
        lock (sim.State.Gate)
        {
            if (sim.State.Tenancies.ContainsKey(compartmentId))
            {
                SimChecks.Authorize(sim, context, compartmentId, $"tenancy {compartmentId}");
            }
        }

        var items = compartmentId == sim.State.ParentTenancyId ? new[] { Organization(sim) } : [];
        return SimResults.Json(new { items = SimResults.Page(context, items, sim.Options.DefaultPageSize) });
    }

    private static IResult Get(HttpContext context, SimServices sim, string organizationId)
    {
        AuthorizeOrganization(context, sim, organizationId);
        return SimResults.Json(Organization(sim));
    }

    private static IResult Tenancies(HttpContext context, SimServices sim, string organizationId)
    {
        AuthorizeOrganization(context, sim, organizationId);
        lock (sim.State.Gate)
        {
            var items = sim.State.Tenancies.Values.OrderBy(t => t.CreatedAt).Select(t => Member(t, sim.Now)).ToList();
            return SimResults.Json(new { items = SimResults.Page(context, items, sim.Options.DefaultPageSize) });
        }
    }

    private static IResult Tenancy(HttpContext context, SimServices sim, string organizationId, string tenancyId)
    {
        AuthorizeOrganization(context, sim, organizationId);
        lock (sim.State.Gate)
        {
            return organizationId == sim.State.OrganizationId && sim.State.Tenancies.TryGetValue(tenancyId, out var tenancy)
                ? SimResults.Json(Member(tenancy, sim.Now))
                : throw SimApiException.NotFound($"tenancy {tenancyId}");
        }
    }

    // The organization belongs to the parent tenancy: its principals may read it, others (e.g. a child's own
    // administrators) get the same 404 as for an organization that does not exist.
    private static void AuthorizeOrganization(HttpContext context, SimServices sim, string organizationId)
    {
        lock (sim.State.Gate)
        {
            if (organizationId != sim.State.OrganizationId)
            {
                throw SimApiException.NotFound($"organization {organizationId}");
            }

            SimChecks.Authorize(sim, context, sim.State.ParentTenancyId, $"organization {organizationId}");
        }
    }

    private static object Organization(SimServices sim)
    {
        var parent = sim.State.Tenancies[sim.State.ParentTenancyId];
        return new
        {
            id = sim.State.OrganizationId,
            compartmentId = parent.Id,
            displayName = parent.Name + "-organization",
            parentName = parent.Name,
            defaultUcmSubscriptionId = sim.State.SubscriptionId,
            lifecycleState = "ACTIVE",
            timeCreated = sim.State.OrganizationCreated,
        };
    }

    private static object Member(SimTenancy tenancy, DateTimeOffset now) => new
    {
        tenancyId = tenancy.Id,
        name = tenancy.Name,
        lifecycleState = tenancy.LifecycleState(now),
        role = tenancy.IsParent ? "PARENT" : "CHILD",
        governanceStatus = tenancy.GovernanceStatus,
        timeJoined = tenancy.CreatedAt,
        isApprovedForTransfer = false,
    };
}
