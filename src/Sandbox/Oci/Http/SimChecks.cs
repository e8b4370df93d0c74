using ChatOps.Sandbox.Oci.State;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// Checks shared by the operations. Call with <see cref="SimState.Gate"/> held. Anything the caller may not act on
/// answers 404 NotAuthorizedOrNotFound, exactly like something that does not exist, as OCI does.
/// </summary>
internal static class SimChecks
{
    /// <summary>The active tenancy <paramref name="compartmentId"/> belongs to, when the caller may act in it; or 404.</summary>
    public static SimTenancy TenancyOf(SimServices sim, HttpContext context, string compartmentId)
    {
        var tenancy = ActiveTenancyOf(sim, compartmentId);
        Authorize(sim, context, tenancy.Id, $"compartment {compartmentId}");
        return tenancy;
    }

    /// <summary>
    /// Like <see cref="TenancyOf"/>, but the organization's parent may also act on its children without
    /// cross-tenancy policies. Used for the tenancy record and its region subscriptions: the parent sees its
    /// children in Organization Management and decides their regions (a child's regions must be a subset of the
    /// parent's), and the workflow activates them before anyone has granted the bot access inside the child. That
    /// the real service allows this is an assumption.
    /// </summary>
    public static SimTenancy TenancyForOrganizationParent(SimServices sim, HttpContext context, string tenancyId)
    {
        var tenancy = ActiveTenancyOf(sim, tenancyId);
        if (SimRequest.Of(context).CallerTenancyId != sim.State.ParentTenancyId || tenancy.IsParent)
        {
            Authorize(sim, context, tenancy.Id, $"tenancy {tenancyId}");
        }

        return tenancy;
    }

    /// <summary>404 unless the caller's tenancy is <paramref name="tenancyId"/> or admitted to it (and endorsed by its own).</summary>
    public static void Authorize(SimServices sim, HttpContext context, string tenancyId, string what)
    {
        if (!SimAccess.Allows(sim.State, SimRequest.Of(context).CallerTenancyId, tenancyId, sim.Options.EnforceCrossTenancyPolicies))
        {
            throw SimApiException.NotFound(what);
        }
    }

    /// <summary>IAM writes must be addressed to the tenancy's home region (403 NotAllowed otherwise).</summary>
    public static void HomeRegion(SimRequest request, SimTenancy tenancy)
    {
        if (!request.Region.Equals(tenancy.HomeRegion, StringComparison.OrdinalIgnoreCase))
        {
            throw SimApiException.NotHomeRegion();
        }
    }

    public static SimIamResource Resource(SimServices sim, HttpContext context, SimKind kind, string id)
    {
        var resource = sim.State.Resources.TryGetValue(id, out var found) && found.Kind == kind
            ? found
            : throw SimApiException.NotFound($"{kind} {id}");
        Authorize(sim, context, resource.TenancyId, $"{kind} {id}");
        return resource;
    }

    private static SimTenancy ActiveTenancyOf(SimServices sim, string compartmentId)
    {
        var tenancyId = sim.State.TenancyOf(compartmentId);
        return tenancyId is not null && sim.State.Tenancies.TryGetValue(tenancyId, out var tenancy) && tenancy.IsActive(sim.Now)
            ? tenancy
            : throw SimApiException.NotFound($"compartment {compartmentId}");
    }
}
