using ChatOps.Bot.Slack.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// <c>app.MapSlack()</c>: in Http mode, POST /slack/commands, /slack/interactions and /slack/events. In Socket Mode
/// nothing is mapped, so the cluster exposes no Slack endpoint at all.
/// </summary>
internal static class SlackEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.Mode != SlackMode.Http)
        {
            return endpoints;
        }

        endpoints.MapPost("/slack/commands", (HttpContext http, SlackHttpReceiver receiver) => receiver.CommandsAsync(http));
        endpoints.MapPost("/slack/interactions", (HttpContext http, SlackHttpReceiver receiver) => receiver.InteractionsAsync(http));
        endpoints.MapPost("/slack/events", (HttpContext http, SlackHttpReceiver receiver) => receiver.EventsAsync(http));
        return endpoints;
    }
}
