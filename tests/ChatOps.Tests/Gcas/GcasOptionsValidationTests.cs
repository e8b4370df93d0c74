using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Auth;
using ChatOps.Provisioning.Gcas.Push;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Gcas;

public class GcasOptionsValidationTests
{
    [Fact]
    public void Missing_settings_are_reported_by_their_configuration_keys()
    {
        using var services = Build(new() { ["Gcas:Auth:SubjectTokenSource"] = "IdentityDomain", ["Gcas:Push:Enabled"] = "true" });

        var gcas = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GcasOptions>>().Value);
        var auth = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GoogleFederationOptions>>().Value);
        var push = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GcasPushOptions>>().Value);

        Assert.Contains("Gcas:BaseUrl", gcas.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas:Auth:Audience", auth.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas:Auth:IdentityDomainUrl", auth.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas:Auth:ClientId", auth.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas__Auth__ClientSecret", auth.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas:Push:Audience", push.Message, StringComparison.Ordinal);
        Assert.Contains("Gcas:Push:AllowedServiceAccounts", push.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kubernetes_token_file_source_needs_no_client_secret_and_defaults_to_google_endpoints()
    {
        using var services = Build(new()
        {
            ["Gcas:BaseUrl"] = "https://gcas.example/api",
            ["Gcas:Auth:Audience"] = FederationRig.ProviderName,
            ["Gcas:Auth:ServiceAccountEmail"] = FederationRig.ServiceAccount,
        });

        var auth = services.GetRequiredService<IOptions<GoogleFederationOptions>>().Value;

        Assert.Equal(SubjectTokenSourceKind.KubernetesServiceAccount, auth.SubjectTokenSource);
        Assert.Equal("https://sts.googleapis.com/v1/token", auth.TokenUrl);
        Assert.Equal($"https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/{FederationRig.ServiceAccount}:generateAccessToken", auth.EffectiveImpersonationUrl);
        Assert.Equal("https://gcas.example/api", services.GetRequiredService<IOptions<GcasOptions>>().Value.BaseUrl);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddGcas(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
