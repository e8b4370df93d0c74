using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Identity tag defaults: one per tag definition and compartment.</summary>
internal static class SimTagDefaultRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/tagDefaults", (HttpContext context) => List(context, sim)).WithName("ListTagDefaults");
        api.MapGet("/tagDefaults/{id}", (HttpContext context, string id) => Get(context, sim, id)).WithName("GetTagDefault");
        api.MapPost("/tagDefaults", (HttpRequest request) => CreateAsync(request.HttpContext, sim)).WithName("CreateTagDefault");
    }

    private static IResult List(HttpContext context, SimServices sim)
    {
        var compartmentId = context.Request.Query["compartmentId"].FirstOrDefault();
        var definitionId = context.Request.Query["tagDefinitionId"].FirstOrDefault();
        if (compartmentId is null && definitionId is null)
        {
            throw SimApiException.Missing("compartmentId");
        }

        lock (sim.State.Gate)
        {
            var tenancyId = compartmentId is not null
                ? SimChecks.TenancyOf(sim, context, compartmentId).Id
                : SimChecks.Resource(sim, context, SimKind.Tag, definitionId!).TenancyId;
            var items = sim.State.OfKind(SimKind.TagDefault, tenancyId)
                .Where(r => (compartmentId is null || r.ParentId == compartmentId) && (definitionId is null || r.TagDefinitionId == definitionId))
                .OrderBy(r => r.TimeCreated)
                .Select(SimWire.Of)
                .ToList();
            return SimResults.Json(SimResults.Page(context, items, sim.Options.DefaultPageSize));
        }
    }

    private static IResult Get(HttpContext context, SimServices sim, string id)
    {
        lock (sim.State.Gate)
        {
            var resource = SimChecks.Resource(sim, context, SimKind.TagDefault, id);
            return SimResults.Json(SimWire.Of(resource), etag: resource.ETag);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimServices sim)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var compartmentId = SimJson.Required(body, "compartmentId");
        var definitionId = SimJson.Required(body, "tagDefinitionId");
        var value = SimJson.Required(body, "value");
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
            SimChecks.HomeRegion(SimRequest.Of(context), tenancy);
            var definition = SimChecks.Resource(sim, context, SimKind.Tag, definitionId);
            if (sim.State.OfKind(SimKind.TagDefault, tenancy.Id).Any(r => r.ParentId == compartmentId && r.TagDefinitionId == definitionId))
            {
                throw SimApiException.AlreadyExists($"A tag default for '{definition.Name}' already exists in this compartment.");
            }

            var created = new SimIamResource(SimKind.TagDefault, SimIds.New("tagdefault"), tenancy.Id, compartmentId, definition.Name, string.Empty, sim.Now)
            {
                NamespaceId = definition.NamespaceId,
                TagDefinitionId = definition.Id,
                Value = value,
                IsRequired = SimJson.OptionalBool(body, "isRequired"),
            };
            sim.State.Put(created);
            return SimResults.Json(SimWire.Of(created), etag: created.ETag);
        }
    }
}
