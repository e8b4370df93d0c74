using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Identity compartments, groups, dynamic groups and policies: list (by compartment and name), get, create, and policy update.</summary>
internal static class SimIamRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        MapKind(api, sim, SimKind.Compartment, "compartments", "Compartment", "Compartments");
        MapKind(api, sim, SimKind.Group, "groups", "Group", "Groups");
        MapKind(api, sim, SimKind.DynamicGroup, "dynamicGroups", "DynamicGroup", "DynamicGroups");
        MapKind(api, sim, SimKind.Policy, "policies", "Policy", "Policies");
        api.MapPut("/policies/{policyId}", (HttpContext context, string policyId) => UpdatePolicyAsync(context, sim, policyId)).WithName("UpdatePolicy");
    }

    private static void MapKind(RouteGroupBuilder api, SimServices sim, SimKind kind, string path, string singular, string plural)
    {
        api.MapGet($"/{path}", (HttpContext context) => List(context, sim, kind)).WithName($"List{plural}");
        api.MapGet($"/{path}/{{id}}", (HttpContext context, string id) => Get(context, sim, kind, id)).WithName($"Get{singular}");
        api.MapPost($"/{path}", (HttpRequest request) => CreateAsync(request.HttpContext, sim, kind)).WithName($"Create{singular}");
    }

    private static IResult List(HttpContext context, SimServices sim, SimKind kind)
    {
        var compartmentId = context.Request.Query["compartmentId"].FirstOrDefault() ?? throw SimApiException.Missing("compartmentId");
        var name = context.Request.Query["name"].FirstOrDefault();
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
            var items = sim.State.OfKind(kind, tenancy.Id)
                .Where(r => r.ParentId == compartmentId && (name is null || r.Name == name))
                .OrderBy(r => r.TimeCreated).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(SimWire.Of)
                .ToList();
            return SimResults.Json(SimResults.Page(context, items, sim.Options.DefaultPageSize));
        }
    }

    private static IResult Get(HttpContext context, SimServices sim, SimKind kind, string id)
    {
        lock (sim.State.Gate)
        {
            var resource = SimChecks.Resource(sim, context, kind, id);
            return SimResults.Json(SimWire.Of(resource), etag: resource.ETag);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimServices sim, SimKind kind)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var compartmentId = SimJson.Required(body, "compartmentId");
        var name = SimJson.Required(body, "name");
        var description = SimJson.Optional(body, "description") ?? throw SimApiException.Missing("description");
        var matchingRule = kind == SimKind.DynamicGroup ? SimJson.Required(body, "matchingRule") : null;
        var statements = kind == SimKind.Policy ? SimJson.OptionalStrings(body, "statements") : null;
        if (kind == SimKind.Policy && (statements is null || statements.Count == 0))
        {
            throw SimApiException.Missing("statements");
        }

        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
            SimChecks.HomeRegion(SimRequest.Of(context), tenancy);
            if (kind is SimKind.Group or SimKind.DynamicGroup && compartmentId != tenancy.Id)
            {
                throw SimApiException.Invalid($"{kind} must be created in the tenancy (root compartment).");
            }

            // Compartment names are unique among siblings; group, dynamic group and policy names in the tenancy.
            var clash = sim.State.OfKind(kind, tenancy.Id).Any(r => (kind != SimKind.Compartment || r.ParentId == compartmentId)
                && r.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (clash)
            {
                throw SimApiException.AlreadyExists($"{kind} '{name}' already exists.");
            }

            var resource = new SimIamResource(kind, SimIds.New(kind.ToString().ToLowerInvariant()), tenancy.Id, compartmentId, name, description, sim.Now)
            {
                MatchingRule = matchingRule,
                Statements = statements,
                VersionDate = SimJson.Optional(body, "versionDate"),
                FreeformTags = SimJson.Copy(body, "freeformTags"),
                DefinedTags = SimJson.Copy(body, "definedTags"),
            };
            sim.State.Put(resource);
            return SimResults.Json(SimWire.Of(resource), etag: resource.ETag);
        }
    }

    private static async Task<IResult> UpdatePolicyAsync(HttpContext context, SimServices sim, string policyId)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        lock (sim.State.Gate)
        {
            var policy = SimChecks.Resource(sim, context, SimKind.Policy, policyId);
            SimChecks.HomeRegion(SimRequest.Of(context), sim.State.Tenancies[policy.TenancyId]);
            var ifMatch = context.Request.Headers.IfMatch.FirstOrDefault();
            if (ifMatch is not null && ifMatch != policy.ETag)
            {
                throw new SimApiException(412, "NoEtagMatch", "The resource has changed since the etag was read.");
            }

            var statements = SimJson.OptionalStrings(body, "statements");
            if (statements is { Count: 0 })
            {
                throw SimApiException.Invalid("statements must not be empty.");
            }

            var updated = policy with
            {
                Statements = statements ?? policy.Statements,
                Description = SimJson.Optional(body, "description") ?? policy.Description,
                VersionDate = SimJson.Optional(body, "versionDate") ?? policy.VersionDate,
                Version = policy.Version + 1,
            };
            sim.State.Put(updated);
            return SimResults.Json(SimWire.Of(updated), etag: updated.ETag);
        }
    }
}
