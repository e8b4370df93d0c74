using ChatOps.Sandbox.Oci.State;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>Checks shared by IAM operations. Call with <see cref="SimState.Gate"/> held.</summary>
internal static class SimChecks
{
    /// <summary>The active tenancy <paramref name="compartmentId"/> belongs to, or 404.</summary>
    public static SimTenancy TenancyOf(SimServices sim, string compartmentId)
    {
        var tenancyId = sim.State.TenancyOf(compartmentId);
        return tenancyId is not null && sim.State.Tenancies.TryGetValue(tenancyId, out var tenancy) && tenancy.IsActive(sim.Now)
            ? tenancy
            : throw SimApiException.NotFound($"compartment {compartmentId}");
    }

    /// <summary>IAM writes must be addressed to the tenancy's home region (403 NotAllowed otherwise).</summary>
    public static void HomeRegion(SimRequest request, SimTenancy tenancy)
    {
        if (!request.Region.Equals(tenancy.HomeRegion, StringComparison.OrdinalIgnoreCase))
        {
            throw SimApiException.NotHomeRegion();
        }
    }

    public static SimIamResource Resource(SimServices sim, SimKind kind, string id) =>
        sim.State.Resources.TryGetValue(id, out var resource) && resource.Kind == kind
            ? resource
            : throw SimApiException.NotFound($"{kind} {id}");
}
