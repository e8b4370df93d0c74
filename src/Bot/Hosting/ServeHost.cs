using ChatOps.Provisioning.Operations.Doctor;
using System.Net;
using ChatOps.Bot.Doctor;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Operations;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Hosting;

/// <summary>Builds the long-running bot host.</summary>
internal static class ServeHost
{
    public static WebApplication Build(IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        var endpoints = EndpointOptions.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ListenAnyIP(endpoints.HttpPort);
            if (endpoints.AdminPort >= 0)
            {
                kestrel.Listen(IPAddress.Loopback, endpoints.AdminPort);
            }
        });
        // Long enough to let running steps stop and the store checkpoint; the pod grants 120 s.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(100));
        builder.AddObservability(jsonLogs: builder.Configuration["Logging:Format"] != "simple");
        builder.Services.AddProvisioning(builder.Configuration);
        builder.Services.AddSimulatedCloud(builder.Configuration);
        builder.Services.AddSingleton<IReadinessCheck, StoreReadiness>();
        builder.Services.AddSingleton<IReadinessCheck, EngineReadiness>();
        builder.Services.AddSingleton<IDoctorCheck, ConfigurationCheck>();
        builder.Services.AddSingleton<IDoctorCheck, StoreCheck>();

        var app = builder.Build();
        app.MapHealth();
        app.MapAdmin();
        app.MapObservability();
        return app;
    }
}
