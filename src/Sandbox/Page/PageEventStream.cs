using System.Text.Json.Nodes;
using ChatOps.Sandbox.Slack.Activity;
using ChatOps.Sandbox.World;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ChatOps.Sandbox.Page;

/// <summary>
/// <c>GET /api/events</c>: Server-Sent Events. <c>hello</c> first, then one <c>activity</c> per thing the bot
/// posted, updated or opened (from the Slack simulator's activity feed), and <c>gcas</c>, <c>oci</c> or <c>mail</c>
/// when that simulator's state changed. The page reloads what an event names; it never polls.
/// </summary>
internal sealed class PageEventStream(SandboxWorld world, PageGcasPanel gcas, PageOciPanel oci, PageMailPanel mail, CancellationToken stopping)
{
    private static readonly TimeSpan DigestInterval = TimeSpan.FromSeconds(1);
    private const int KeepAliveTicks = 15;

    public async Task HandleAsync(HttpContext http)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var writer = new SseWriter(response);
        var since = world.Slack.Activity.History.Count;
        try
        {
            await writer.SendAsync("hello", new JsonObject { ["sequence"] = since }, linked.Token);
            var activities = ActivitiesAsync(writer, since, linked);
            var digests = DigestsAsync(writer, linked);
            await Task.WhenAll(activities, digests);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The browser went away or the page is stopping.
        }
    }

    private async Task ActivitiesAsync(SseWriter writer, long since, CancellationTokenSource stream)
    {
        try
        {
            await foreach (var activity in world.Slack.Activity.ReadAllAsync(stream.Token))
            {
                if (activity.Sequence > since)
                {
                    await writer.SendAsync("activity", Json(activity), stream.Token);
                }
            }
        }
        finally
        {
            await stream.CancelAsync();
        }
    }

    private async Task DigestsAsync(SseWriter writer, CancellationTokenSource stream)
    {
        try
        {
            var sources = new (string Name, Func<string> Digest)[] { ("gcas", gcas.Digest), ("oci", oci.Digest), ("mail", mail.Digest) };
            var last = sources.Select(s => s.Digest()).ToArray();
            using var timer = new PeriodicTimer(DigestInterval, world.Time);
            var ticks = 0;
            while (await timer.WaitForNextTickAsync(stream.Token))
            {
                for (var i = 0; i < sources.Length; i++)
                {
                    var now = sources[i].Digest();
                    if (now != last[i])
                    {
                        last[i] = now;
                        await writer.SendAsync(sources[i].Name, new JsonObject(), stream.Token);
                    }
                }

                if (++ticks % KeepAliveTicks == 0)
                {
                    await writer.CommentAsync("keep-alive", stream.Token);
                }
            }
        }
        finally
        {
            await stream.CancelAsync();
        }
    }

    private static JsonObject Json(SlackActivity activity) => new()
    {
        ["sequence"] = activity.Sequence,
        ["kind"] = activity.Kind.ToString(),
        ["via"] = activity.Via,
        ["channel"] = activity.Channel,
        ["ts"] = activity.Ts,
        ["threadTs"] = activity.ThreadTs,
        ["user"] = activity.UserId,
        ["viewId"] = activity.ViewId,
    };
}
