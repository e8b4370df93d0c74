using ChatOps.Provisioning.Gcas.Auth;
using ChatOps.Provisioning.Gcas.Push;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Gcas;

public static class GcasServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGcasClient"/> (typed HttpClient on <c>Gcas:BaseUrl</c>), the Google workload identity
    /// federation token source (<c>Gcas:Auth:*</c>) and the push-caller verifier (<c>Gcas:Push:*</c>), with
    /// options validated at start.
    /// </summary>
    public static IServiceCollection AddGcas(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GcasOptions>, GcasOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleFederationOptions>, GcasOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GcasPushOptions>, GcasOptionsValidator>());
        services.AddOptions<GcasOptions>().Bind(configuration.GetSection(GcasOptions.Section)).ValidateOnStart();
        services.AddOptions<GoogleFederationOptions>().Bind(configuration.GetSection(GoogleFederationOptions.Section)).ValidateOnStart();
        services.AddOptions<GcasPushOptions>().Bind(configuration.GetSection(GcasPushOptions.Section)).ValidateOnStart();

        services.TryAddSingleton<IGoogleAccessTokenSource, WorkloadIdentityTokenSource>();
        services.AddHttpClient<IGcasClient, GcasClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<GcasOptions>>().Value;
            http.BaseAddress = new Uri(options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/");
            http.Timeout = options.Timeout;
        });

        services.AddHttpClient(GoogleSigningKeys.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<GoogleSigningKeys>();
        services.TryAddSingleton<IGcasPushVerifier, GcasPushVerifier>();
        return services;
    }
}
