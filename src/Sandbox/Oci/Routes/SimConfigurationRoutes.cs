using System.Text.Json.Nodes;
using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>
/// Audit (/20190901) and Cloud Guard (/20200131) tenancy configuration. Both services call the operations
/// GetConfiguration / UpdateConfiguration; the simulator names them per service so counters and faults can tell them apart.
/// </summary>
internal static class SimConfigurationRoutes
{
    public static void MapAudit(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/configuration", (HttpContext context) => Read(context, sim, t => new { retentionPeriodDays = sim.State.AuditRetentionDays[t] }))
            .WithName("GetAuditConfiguration");
        api.MapPut("/configuration", (HttpRequest request) => UpdateAuditAsync(request.HttpContext, sim)).WithName("UpdateAuditConfiguration");
    }

    public static void MapCloudGuard(RouteGroupBuilder api, SimServices sim)
    {
        api.MapGet("/configuration", (HttpContext context) => Read(context, sim, t => CloudGuardWire(sim.State.CloudGuard[t])))
            .WithName("GetCloudGuardConfiguration");
        api.MapPut("/configuration", (HttpRequest request) => UpdateCloudGuardAsync(request.HttpContext, sim)).WithName("UpdateCloudGuardConfiguration");
    }

    private static IResult Read(HttpContext context, SimServices sim, Func<string, object> read)
    {
        lock (sim.State.Gate)
        {
            return SimResults.Json(read(Tenancy(context, sim).Id));
        }
    }

    private static async Task<IResult> UpdateAuditAsync(HttpContext context, SimServices sim)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var days = body["retentionPeriodDays"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : throw SimApiException.Missing("retentionPeriodDays");
        if (days is < 90 or > 365)
        {
            throw SimApiException.Invalid("retentionPeriodDays must be between 90 and 365.");
        }

        lock (sim.State.Gate)
        {
            sim.State.AuditRetentionDays[Tenancy(context, sim).Id] = days;
        }

        context.Response.Headers["opc-work-request-id"] = SimIds.New("auditworkrequest");
        return Results.StatusCode(202);
    }

    private static async Task<IResult> UpdateCloudGuardAsync(HttpContext context, SimServices sim)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var reportingRegion = SimJson.Required(body, "reportingRegion");
        var status = SimJson.Required(body, "status");
        if (status is not ("ENABLED" or "DISABLED"))
        {
            throw SimApiException.Invalid("status must be ENABLED or DISABLED.");
        }

        lock (sim.State.Gate)
        {
            var tenancy = Tenancy(context, sim);
            if (!sim.State.Subscriptions.Any(s => s.TenancyId == tenancy.Id && s.RegionName.Equals(reportingRegion, StringComparison.OrdinalIgnoreCase)))
            {
                throw SimApiException.Invalid($"reportingRegion {reportingRegion} is not a region the tenancy is subscribed to.");
            }

            var configuration = new SimCloudGuard(status, reportingRegion.ToLowerInvariant(), SimJson.OptionalBool(body, "selfManageResources") ?? false);
            sim.State.CloudGuard[tenancy.Id] = configuration;
            return SimResults.Json(CloudGuardWire(configuration));
        }
    }

    private static SimTenancy Tenancy(HttpContext context, SimServices sim)
    {
        var compartmentId = context.Request.Query["compartmentId"].FirstOrDefault() ?? throw SimApiException.Missing("compartmentId");
        var tenancy = SimChecks.TenancyOf(sim, context, compartmentId);
        return tenancy.Id == compartmentId ? tenancy : throw SimApiException.Invalid("compartmentId must be the tenancy OCID.");
    }

    private static object CloudGuardWire(SimCloudGuard c) =>
        new { reportingRegion = c.ReportingRegion, status = c.Status, selfManageResources = c.SelfManageResources };
}
