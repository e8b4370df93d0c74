using ChatOps.Provisioning;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Hosting;

/// <summary>Builds the long-running bot host.</summary>
internal static class ServeHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        BotConfiguration.AddSources(builder.Configuration);
        builder.Services.AddProvisioning(builder.Configuration);
        builder.Services.AddSimulatedCloud(builder.Configuration);
        builder.Services.AddSingleton<IOutboxHandler, LogRequestEventHandler>();
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (WorkflowEngine engine, LiteStore store) =>
            engine.IsRunning ? Results.Text("ready") : Results.Text("engine not running", statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
