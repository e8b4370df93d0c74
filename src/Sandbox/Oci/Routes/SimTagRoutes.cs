using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Identity tag namespaces and tag definitions.</summary>
internal static class SimTagRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/tagNamespaces", (HttpContext context) => ListNamespaces(context, sim)).WithName("ListTagNamespaces");
        api.MapGet("/tagNamespaces/{id}", (HttpContext context, string id) => Get(context, sim, SimKind.TagNamespace, id)).WithName("GetTagNamespace");
        api.MapPost("/tagNamespaces", (HttpRequest request) => CreateNamespaceAsync(request.HttpContext, sim)).WithName("CreateTagNamespace");
        api.MapGet("/tagNamespaces/{namespaceId}/tags", (HttpContext context, string namespaceId) => ListTags(context, sim, namespaceId)).WithName("ListTags");
        api.MapGet("/tagNamespaces/{namespaceId}/tags/{tagName}", (HttpContext context, string namespaceId, string tagName) => GetTag(context, sim, namespaceId, tagName)).WithName("GetTag");
        api.MapPost("/tagNamespaces/{namespaceId}/tags", (HttpContext context, string namespaceId) => CreateTagAsync(context, sim, namespaceId)).WithName("CreateTag");
    }

    private static IResult ListNamespaces(HttpContext context, SimServices sim)
    {
        var compartmentId = context.Request.Query["compartmentId"].FirstOrDefault() ?? throw SimApiException.Missing("compartmentId");
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
            var items = sim.State.OfKind(SimKind.TagNamespace, tenancy.Id).Where(r => r.ParentId == compartmentId).OrderBy(r => r.TimeCreated).Select(SimWire.Of).ToList();
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

    private static async Task<IResult> CreateNamespaceAsync(HttpContext context, SimServices sim)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var compartmentId = SimJson.Required(body, "compartmentId");
        var name = SimJson.Required(body, "name");
        var description = SimJson.Required(body, "description");
        lock (sim.State.Gate)
        {
            var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
            SimChecks.HomeRegion(SimRequest.Of(context), tenancy);
            if (sim.State.OfKind(SimKind.TagNamespace, tenancy.Id).Any(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw SimApiException.AlreadyExists($"Tag namespace '{name}' already exists.");
            }

            var created = new SimIamResource(SimKind.TagNamespace, SimIds.New("tagnamespace"), tenancy.Id, compartmentId, name, description, sim.Now)
            {
                FreeformTags = SimJson.Copy(body, "freeformTags"),
                DefinedTags = SimJson.Copy(body, "definedTags"),
            };
            sim.State.Put(created);
            return SimResults.Json(SimWire.Of(created), etag: created.ETag);
        }
    }

    private static IResult ListTags(HttpContext context, SimServices sim, string namespaceId)
    {
        lock (sim.State.Gate)
        {
            var ns = SimChecks.Resource(sim, context, SimKind.TagNamespace, namespaceId);
            var items = sim.State.OfKind(SimKind.Tag, ns.TenancyId).Where(r => r.NamespaceId == namespaceId).OrderBy(r => r.TimeCreated).Select(SimWire.Of).ToList();
            return SimResults.Json(SimResults.Page(context, items, sim.Options.DefaultPageSize));
        }
    }

    private static IResult GetTag(HttpContext context, SimServices sim, string namespaceId, string tagName)
    {
        lock (sim.State.Gate)
        {
            var ns = SimChecks.Resource(sim, context, SimKind.TagNamespace, namespaceId);
            var tag = sim.State.OfKind(SimKind.Tag, ns.TenancyId).FirstOrDefault(r => r.NamespaceId == namespaceId && r.Name.Equals(tagName, StringComparison.OrdinalIgnoreCase))
                ?? throw SimApiException.NotFound($"tag {tagName}");
            return SimResults.Json(SimWire.Of(tag), etag: tag.ETag);
        }
    }

    private static async Task<IResult> CreateTagAsync(HttpContext context, SimServices sim, string namespaceId)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var name = SimJson.Required(body, "name");
        var description = SimJson.Required(body, "description");
        var validator = SimJson.Copy(body, "validator");
        if (validator is not null && validator["validatorType"]?.GetValue<string>() is not ("ENUM" or "DEFAULT"))
        {
            throw SimApiException.Invalid("validator.validatorType must be ENUM or DEFAULT.");
        }

        lock (sim.State.Gate)
        {
            var ns = SimChecks.Resource(sim, context, SimKind.TagNamespace, namespaceId);
            SimChecks.HomeRegion(SimRequest.Of(context), sim.State.Tenancies[ns.TenancyId]);
            if (sim.State.OfKind(SimKind.Tag, ns.TenancyId).Any(r => r.NamespaceId == namespaceId && r.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw SimApiException.AlreadyExists($"Tag '{name}' already exists in namespace '{ns.Name}'.");
            }

            var created = new SimIamResource(SimKind.Tag, SimIds.New("tagdefinition"), ns.TenancyId, ns.ParentId, name, description, sim.Now)
            {
                NamespaceId = ns.Id,
                NamespaceName = ns.Name,
                IsCostTracking = SimJson.OptionalBool(body, "isCostTracking"),
                Validator = validator,
            };
            sim.State.Put(created);
            return SimResults.Json(SimWire.Of(created), etag: created.ETag);
        }
    }
}
