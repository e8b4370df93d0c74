using System.Text.Json.Nodes;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Sandbox.Page;

/// <summary>The GCAS panel: submit a sample application, list applications and the status events GCAS received.</summary>
internal sealed class PageGcasPanel(SandboxWorld world, SampleCatalog samples)
{
    public Task ListAsync(HttpContext http)
    {
        var store = world.Gcas.Store;
        var (items, _) = store.List(null, 0, int.MaxValue);
        return PageJson.WriteAsync(http, new JsonObject
        {
            ["applications"] = PageJson.Array(items.OrderByDescending(a => a.Position).Select(a => new JsonObject
            {
                ["id"] = a.ApplicationId,
                ["status"] = a.Status,
                ["summary"] = SampleCatalog.Summary(a.RawJson),
                ["defect"] = samples.DefectOf(a.ApplicationId),
                ["events"] = PageJson.Array(store.Events(a.ApplicationId).OrderBy(e => e.Sequence).Select(e => new JsonObject
                {
                    ["sequence"] = e.Sequence,
                    ["status"] = e.Status,
                    ["receivedAt"] = e.ReceivedAt,
                    ["body"] = PageJson.Parse(e.BodyJson),
                })),
            })),
        });
    }

    public async Task SubmitAsync(HttpContext http)
    {
        if (await PageJson.ReadAsync<SampleRequest>(http) is not { } request)
        {
            return;
        }

        if (samples.Submit(request.Sample) is not { } stored)
        {
            await PageJson.ErrorAsync(http, StatusCodes.Status400BadRequest, $"No sample {request.Sample}.");
            return;
        }

        await PageJson.WriteAsync(http, new JsonObject { ["applicationId"] = stored.ApplicationId, ["defect"] = samples.DefectOf(stored.ApplicationId) });
    }

    /// <summary>Changes when an application or a status event arrives, for the page's event stream.</summary>
    public string Digest()
    {
        var (items, _) = world.Gcas.Store.List(null, 0, int.MaxValue);
        return $"{items.Count}:{world.Gcas.Store.EventCount}:{string.Join(',', items.Select(a => a.Status))}";
    }
}
