using System.Net;
using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Drift;
using ChatOps.Bot.Doctor;
using ChatOps.Bot.Gcas;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Operations;
using ChatOps.Bot.Slack;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Oci.Steps;
using ChatOps.Provisioning.Operations.Doctor;
using ChatOps.Provisioning.Template;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// Builds the long-running bot: the provisioning core with the real OCI, template, GCAS, mail and Slack adapters.
/// With no Slack token it first starts the sandbox and points those same adapters at its simulators.
/// </summary>
internal static class ServeHost
{
    public static async Task<BotApplication> BuildAsync(IDictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        AddOverrides(builder.Configuration, overrides);
        SandboxMode? sandbox = null;
        if (SandboxMode.IsWanted(builder.Configuration))
        {
            sandbox = await SandboxMode.StartAsync(builder.Configuration, cancellationToken);
            builder.Configuration.AddInMemoryCollection(sandbox.Configuration);
            AddOverrides(builder.Configuration, overrides);
        }

        try
        {
            Compose(builder);
            var app = builder.Build();
            app.MapHealth();
            app.MapAdmin();
            app.MapObservability();
            app.MapSlack();
            app.MapGcasPush();
            return new BotApplication(app, sandbox);
        }
        catch
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }

            throw;
        }
    }

    private static void Compose(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoints = EndpointOptions.From(configuration);
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
        builder.AddObservability(jsonLogs: configuration["Logging:Format"] != "simple");
        builder.Services
            .AddProvisioning(configuration)
            .AddOciAdapters(configuration)
            .AddTemplate(configuration)
            .AddGcasAdapters(configuration)
            .AddDependencyChecks()
            .AddChatOps(configuration);
        builder.Services.AddSingleton<IRequestDriftCheck, TemplateDriftCheck>();
        builder.Services.AddSingleton<ChatMetrics>();
        builder.Services.AddHostedService<MetricsRegistration>();
        builder.Services.AddSingleton<IReadinessCheck, StoreReadiness>();
        builder.Services.AddSingleton<IReadinessCheck, EngineReadiness>();
        builder.Services.AddSingleton<IDoctorCheck, ConfigurationCheck>();
        builder.Services.AddSingleton<IDoctorCheck, StoreCheck>();
        builder.Services.AddSingleton<IDoctorCheck, SlackDoctorCheck>();
    }

    private static void AddOverrides(IConfigurationBuilder configuration, IDictionary<string, string?>? overrides)
    {
        if (overrides is not null)
        {
            configuration.AddInMemoryCollection(overrides);
        }
    }
}
