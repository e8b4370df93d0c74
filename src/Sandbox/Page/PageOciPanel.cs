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
                ["parentCanManage"] = !t.IsParent && world.Oci.CanAccess(world.Oci.ParentTenancyId, t.Id),
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

    /// <summary>
    /// The seed's one manual step, played by the sandbox user: as the child's administrator (and the parent's), apply
    /// the statements the bot showed in its credentials modal. Statements are one per line.
    /// </summary>
    public async Task ApplyPoliciesAsync(HttpContext http)
    {
        if (await PageJson.ReadAsync<OciPolicyRequest>(http) is not { } request)
        {
            return;
        }

        var tenancy = world.Oci.Tenancies().FirstOrDefault(t => t.Id == request.TenancyId && !t.IsParent);
        if (tenancy is null)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status404NotFound, "No such child tenancy.");
            return;
        }

        try
        {
            var applied = new JsonArray();
            if (Lines(request.ChildStatements) is { Count: > 0 } child)
            {
                applied.Add(world.Oci.ApplyPolicyAsAdministrator(tenancy.Id, "chatops-bot-admit", child));
            }

            if (Lines(request.ParentStatements) is { Count: > 0 } parent)
            {
                applied.Add(world.Oci.ApplyParentPolicyAsAdministrator("chatops-bot-endorse-" + tenancy.Name, parent));
            }

            await PageJson.WriteAsync(http, new JsonObject
            {
                ["applied"] = applied,
                ["parentCanManage"] = world.Oci.CanAccess(world.Oci.ParentTenancyId, tenancy.Id),
            });
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status400BadRequest, exception.Message);
        }
    }

    public Task ClearAsync(HttpContext http)
    {
        faults.Clear();
        return PageJson.WriteAsync(http, new JsonObject { ["cleared"] = true });
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? string.Empty).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>Changes when a tenancy or subscription changes state or a fault is armed or cleared.</summary>
    public string Digest() =>
        string.Join(';', world.Oci.Tenancies().Select(t => $"{t.Id}:{t.LifecycleState}:{t.SubscribedRegions.Count}:{!t.IsParent && world.Oci.CanAccess(world.Oci.ParentTenancyId, t.Id)}")) + "|" + faults.Version;
}
