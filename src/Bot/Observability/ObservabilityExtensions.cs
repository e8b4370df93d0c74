using ChatOps.Provisioning.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace ChatOps.Bot.Observability;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Prometheus metrics through OpenTelemetry (our own meter plus outgoing HTTP), and logs as JSON lines with
    /// their scopes (request id, correlation id) so a log search finds everything about one application.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder, bool jsonLogs)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ProvisioningMetrics.MeterName)
            .AddHttpClientInstrumentation()
            .AddPrometheusExporter());
        builder.Logging.ClearProviders();
        if (jsonLogs)
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        }

        // Request URLs are not secret, but quieter logs are easier to read; headers are never logged.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
