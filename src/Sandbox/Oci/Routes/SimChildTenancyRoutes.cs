using System.Text.RegularExpressions;
using ChatOps.Sandbox.Oci.Http;
using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatOps.Sandbox.Oci.Routes;

/// <summary>Organizations: CreateChildTenancy and its work requests.</summary>
internal static partial class SimChildTenancyRoutes
{
    public static void Map(RouteGroupBuilder api, SimServices sim)
    {
        api.MapPost("/childTenancies", (HttpRequest request) => CreateAsync(request.HttpContext, sim)).WithName("CreateChildTenancy");
        api.MapGet("/workRequests/{workRequestId}", (HttpContext context, string workRequestId) => Get(context, sim, workRequestId)).WithName("GetWorkRequest");
        api.MapGet("/workRequests/{workRequestId}/errors", (HttpContext context, string workRequestId) => Errors(context, sim, workRequestId))
            .WithName("ListWorkRequestErrors");
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SimServices sim)
    {
        var body = await SimJson.ReadObjectAsync(context.Request);
        var parentId = SimJson.Required(body, "compartmentId");
        var name = SimJson.Required(body, "tenancyName");
        var homeRegion = SimJson.Required(body, "homeRegion");
        var adminEmail = SimJson.Required(body, "adminEmail");
        var governance = SimJson.Optional(body, "governanceStatus") ?? "OPTED_IN";
        var policyName = SimJson.Optional(body, "policyName");
        if (!TenancyName().IsMatch(name))
        {
            throw SimApiException.Invalid("tenancyName must be all lowercase letters and digits, starting with a letter.");
        }

        if (!adminEmail.Contains('@', StringComparison.Ordinal) || governance is not ("OPTED_IN" or "OPTED_OUT")
            || (policyName is not null && !PolicyName().IsMatch(policyName)))
        {
            throw SimApiException.Invalid("adminEmail, governanceStatus or policyName is not valid.");
        }

        lock (sim.State.Gate)
        {
            var now = sim.Now;
            if (parentId != sim.State.ParentTenancyId)
            {
                throw SimApiException.NotFound($"tenancy {parentId}");
            }

            SimChecks.Authorize(sim, context, parentId, $"tenancy {parentId}");

            if (!sim.State.Subscriptions.Any(s => s.TenancyId == parentId && s.RegionName.Equals(homeRegion, StringComparison.OrdinalIgnoreCase)))
            {
                throw SimApiException.Invalid($"homeRegion {homeRegion} is not a region the parent tenancy is subscribed to.");
            }

            var live = sim.State.Tenancies.Values.Where(t => !(t.Failed && now >= t.ReadyAt)).ToList();
            if (live.Count(t => !t.IsParent) >= sim.Options.ChildTenancyLimit)
            {
                throw new SimApiException(400, "LimitExceeded", "The organization's child tenancy limit has been reached.");
            }

            if (live.Any(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw SimApiException.AlreadyExists($"A tenancy named {name} already exists.");
            }

            var failure = sim.Faults.TakeWorkRequestFailure();
            var region = homeRegion.ToLowerInvariant();
            var readyAt = now + sim.Options.ChildTenancyCreationTime;
            var child = new SimTenancy(SimIds.New("tenancy"), name, region, IsParent: false, now, readyAt, governance, adminEmail, Failed: failure is not null);
            sim.State.Tenancies[child.Id] = child;
            var key = SimRegions.KeyOf(region)!;
            sim.State.Subscriptions.Add(new SimRegionSubscription(child.Id, key, region, IsHomeRegion: true, readyAt));
            sim.State.AddTenancyDefaults(child.Id, region);
            if (policyName is not null)
            {
                AddAdministratorPolicy(sim, child, policyName);
            }
            var workRequest = new SimWorkRequest(
                SimIds.New("organizationsworkrequest"), parentId, child.Id, now, sim.Options.ChildTenancyCreationTime,
                sim.Options.ChildTenancyStaysInProgressAt100, failure?.Code, failure?.Message);
            sim.State.WorkRequests[workRequest.Id] = workRequest;
            context.Response.Headers["opc-work-request-id"] = workRequest.Id;
        }

        return Results.StatusCode(202);
    }

    private static IResult Get(HttpContext context, SimServices sim, string workRequestId)
    {
        lock (sim.State.Gate)
        {
            var request = Find(sim, context, workRequestId);
            var now = sim.Now;
            var status = request.Status(now);
            if (sim.Options.WorkRequestRetryAfter is { } retryAfter && status is "ACCEPTED" or "IN_PROGRESS")
            {
                context.Response.Headers.RetryAfter = retryAfter.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            object[] resources = status is "ACCEPTED" or "FAILED"
                ? []
                :
                [
                    new
                    {
                        entityType = "childTenancy",
                        actionType = "RELATED",
                        identifier = request.ChildTenancyId,
                        entityUri = $"/20230401/organizations/{sim.State.OrganizationId}/tenancies/{request.ChildTenancyId}",
                    },
                ];
            return SimResults.Json(new
            {
                id = request.Id,
                operationType = "CREATE_CHILD_TENANCY",
                status,
                compartmentId = request.CompartmentId,
                resources,
                percentComplete = request.PercentComplete(now),
                timeAccepted = request.AcceptedAt,
                timeStarted = status == "ACCEPTED" ? (DateTimeOffset?)null : request.AcceptedAt,
                timeFinished = request.TimeFinished(now),
            });
        }
    }

    private static IResult Errors(HttpContext context, SimServices sim, string workRequestId)
    {
        lock (sim.State.Gate)
        {
            var request = Find(sim, context, workRequestId);
            var items = request.Status(sim.Now) == "FAILED"
                ? new[] { new { code = request.FailureCode, message = request.FailureMessage, timestamp = request.AcceptedAt + request.Duration } }
                : [];
            return SimResults.Json(new { items = SimResults.Page(context, items, sim.Options.DefaultPageSize) });
        }
    }

    private static SimWorkRequest Find(SimServices sim, HttpContext context, string id)
    {
        var request = sim.State.WorkRequests.TryGetValue(id, out var found) ? found : throw SimApiException.NotFound($"work request {id}");
        SimChecks.Authorize(sim, context, request.CompartmentId, $"work request {id}");
        return request;
    }

    // The statements of the administrator policy OCI writes into a new child are not documented; the simulator
    // grants the child's Administrators group, and admits the parent when the option models an organization
    // whose setup already lets the parent's principals in.
    private static void AddAdministratorPolicy(SimServices sim, SimTenancy child, string policyName)
    {
        List<string> statements = ["Allow group Administrators to manage all-resources in tenancy"];
        if (sim.Options.ChildAdminPolicyGrantsParent)
        {
            statements.Add($"Define tenancy {sim.Options.ParentTenancyName} as {sim.State.ParentTenancyId}");
            statements.Add($"Admit any-user of tenancy {sim.Options.ParentTenancyName} to manage all-resources in tenancy");
        }

        sim.State.PutPolicy(child.Id, policyName, "Administrator policy of the child tenancy", statements, sim.Now);
    }

    [GeneratedRegex("^[a-z][a-z0-9]{0,24}$")]
    private static partial Regex TenancyName();

    [GeneratedRegex("^[A-Za-z_]+$")]
    private static partial Regex PolicyName();
}
