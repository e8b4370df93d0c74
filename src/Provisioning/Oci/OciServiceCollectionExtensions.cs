using ChatOps.Provisioning.Oci.Auth;
using ChatOps.Provisioning.Oci.AuditConfig;
using ChatOps.Provisioning.Oci.CloudGuard;
using ChatOps.Provisioning.Oci.Http;
using ChatOps.Provisioning.Oci.Identity;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Oci.Signing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci;

/// <summary>Registers the OCI wire layer: options, the auth provider chosen by <c>Oci:Auth</c>, handlers and clients.</summary>
public static class OciServiceCollectionExtensions
{
    public static IServiceCollection AddOci(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(OciEnvironment.Process);
        services.AddOptions<OciOptions>().Bind(configuration.GetSection(OciOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OciOptions>, OciOptionsValidator>());

        services.TryAddSingleton<ConfigFileAuthProvider>();
        services.TryAddSingleton<ResourcePrincipalAuthProvider>();
        services.TryAddSingleton<OkeWorkloadIdentityAuthProvider>();
        services.TryAddSingleton<IOciAuthProvider>(sp => Enum.Parse<OciAuthKind>(sp.GetRequiredService<IOptions<OciOptions>>().Value.Auth!, ignoreCase: true) switch
        {
            OciAuthKind.OkeWorkloadIdentity => sp.GetRequiredService<OkeWorkloadIdentityAuthProvider>(),
            OciAuthKind.ResourcePrincipal => sp.GetRequiredService<ResourcePrincipalAuthProvider>(),
            _ => sp.GetRequiredService<ConfigFileAuthProvider>(),
        });

        services.TryAddSingleton<OciEndpoints>();
        services.TryAddSingleton<OciRateLimiters>();
        services.TryAddSingleton<OciHttpFactory>();
        foreach (var service in Enum.GetValues<OciService>())
        {
            AddPipeline(services, service);
        }

        services.TryAddSingleton<OciOrganizationsClient>();
        services.TryAddSingleton<OciTenancyClient>();
        services.TryAddSingleton<OciCompartmentsClient>();
        services.TryAddSingleton<OciGroupsClient>();
        services.TryAddSingleton<OciPoliciesClient>();
        services.TryAddSingleton<OciTagsClient>();
        services.TryAddSingleton<OciTagDefaultsClient>();
        services.TryAddSingleton<OciAuditClient>();
        services.TryAddSingleton<OciCloudGuardClient>();
        return services;
    }

    // Outermost first: retry → metrics → rate limit → attempt timeout → signer. Each attempt is counted, waits for
    // its slot (not counted against the timeout) and is then signed with a fresh date.
    private static void AddPipeline(IServiceCollection services, OciService service) =>
        services.AddHttpClient(OciHttp.ClientName(service), http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<OciOptions>>().Value;
                return new OciRetryHandler(
                    new OciRetryPolicy(options.Retry, Random.Shared.NextDouble),
                    sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>().CreateLogger<OciRetryHandler>());
            })
            .AddHttpMessageHandler(sp => new OciMetricsHandler(service, sp.GetService<Observability.ProvisioningMetrics>()))
            .AddHttpMessageHandler(sp => new OciRateLimitHandler(sp.GetRequiredService<OciRateLimiters>().For(service)))
            .AddHttpMessageHandler(sp => new OciTimeoutHandler(sp.GetRequiredService<IOptions<OciOptions>>().Value.Timeout, sp.GetRequiredService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new OciRequestSigner(sp.GetRequiredService<IOciAuthProvider>(), sp.GetRequiredService<TimeProvider>()));
}
