using ChatOps.Provisioning.Gcas;
using ChatOps.Sandbox.Gcas;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Tests.Gcas;

/// <summary>The real client from AddGcas against the GCAS simulator, authenticated through the federation fakes.</summary>
internal sealed class GcasRig : IAsyncDisposable
{
    private GcasRig(FederationRig federation, GcasSimulator gcas, ServiceProvider services)
    {
        Federation = federation;
        Gcas = gcas;
        Services = services;
    }

    public FederationRig Federation { get; }

    public GcasSimulator Gcas { get; }

    public ServiceProvider Services { get; }

    public IGcasClient Client => Services.GetRequiredService<IGcasClient>();

    public static async Task<GcasRig> StartAsync(
        Dictionary<string, string?>? overrides = null, GcasSimulatorOptions? gcasOptions = null)
    {
        var federation = await FederationRig.StartAsync();
        var gcas = await GcasSimulator.StartAsync(federation.Google.Tokens, federation.Time,
            gcasOptions ?? new GcasSimulatorOptions { RequiredPrincipal = $"serviceAccount:{FederationRig.ServiceAccount}" });
        var settings = new Dictionary<string, string?>
        {
            ["Gcas:BaseUrl"] = gcas.BaseUri.ToString(),
            ["Gcas:PageSize"] = "2",
            ["Gcas:Auth:SubjectTokenSource"] = "IdentityDomain",
            ["Gcas:Auth:TokenUrl"] = federation.Google.StsTokenUrl.ToString(),
            ["Gcas:Auth:Audience"] = FederationRig.ProviderName,
            ["Gcas:Auth:ServiceAccountEmail"] = FederationRig.ServiceAccount,
            ["Gcas:Auth:ImpersonationUrl"] = federation.Google.ImpersonationUrl(FederationRig.ServiceAccount).ToString(),
            ["Gcas:Auth:IdentityDomainUrl"] = federation.Domain.BaseUri.ToString(),
            ["Gcas:Auth:IdentityDomainScope"] = "https://gcas.sandbox.invalid/read",
            ["Gcas:Auth:ClientId"] = FederationRig.ClientId,
            ["Gcas:Auth:ClientSecret"] = FederationRig.ClientSecret,
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(federation.Time)
            .AddGcas(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new GcasRig(federation, gcas, services);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Gcas.DisposeAsync();
        await Federation.DisposeAsync();
    }
}
