using System.Text.Json.Nodes;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>The OCI panel: arm and clear faults, list tenancies and their region subscriptions.</summary>
internal sealed class PageOciPanel(SandboxWorld world, OciFaultBoard faults)
{
    public Task ListAsync(HttpContext http) =>
        PageJson.WriteAsync(http, new JsonObject
        {
            ["parentTenancyId"] = world.Oci.ParentTenancyId,
            ["tenancies"] = PageJson.Array(world.Oci.Tenancies().Select(t => new JsonObject
            {
                ["id"] = t.Id,
                ["name"] = t.Name,
                ["homeRegion"] = t.HomeRegion,
                ["isParent"] = t.IsParent,
                ["state"] = t.LifecycleState,
                ["regions"] = PageJson.Array(t.SubscribedRegions.Select(r => JsonValue.Create(r))),
            })),
            ["armed"] = PageJson.Array(faults.Armed.Select(f => new JsonObject
            {
                ["kind"] = f.Kind,
                ["label"] = f.Label,
                ["count"] = f.Count,
                ["at"] = f.At,
            })),
        });

    public async Task ArmAsync(HttpContext http)
    {
        if (await PageJson.ReadAsync<OciFaultRequest>(http) is not { } request)
        {
            return;
        }

        if (faults.Arm(request.Kind, request.Count) is not { } armed)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status400BadRequest, $"No fault kind {request.Kind}.");
            return;
        }

        await PageJson.WriteAsync(http, new JsonObject { ["kind"] = armed.Kind, ["count"] = armed.Count });
    }

    public Task ClearAsync(HttpContext http)
    {
        faults.Clear();
        return PageJson.WriteAsync(http, new JsonObject { ["cleared"] = true });
    }

    /// <summary>Changes when a tenancy or subscription changes state or a fault is armed or cleared.</summary>
    public string Digest() =>
        string.Join(';', world.Oci.Tenancies().Select(t => $"{t.Id}:{t.LifecycleState}:{t.SubscribedRegions.Count}")) + "|" + faults.Version;
}
