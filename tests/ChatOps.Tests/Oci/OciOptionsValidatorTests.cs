using ChatOps.Provisioning.Oci;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Oci;

public class OciOptionsValidatorTests
{
    [Fact]
    public void Startup_validation_names_every_wrong_key()
    {
        using var provider = Build(new()
        {
            ["Oci:Auth"] = "ApiKey",
            ["Oci:Endpoints:Identity"] = "http://127.0.0.1:5000/20160918",
            ["Oci:Endpoints:Compute"] = "http://127.0.0.1:5000",
            ["Oci:RateLimits:Audit"] = "0",
            ["Oci:Retry:MaxAttempts"] = "0",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:Auth must be one of OkeWorkloadIdentity, ResourcePrincipal, ConfigFile", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:Region is required", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:Endpoints:Identity must be an absolute http(s) URL with scheme, host and port only", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:Endpoints:Compute is not a known service", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:RateLimits:Audit must be a positive number", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Oci:Retry:MaxAttempts must be between 1 and 20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_configuration_passes_and_binds()
    {
        using var provider = Build(new()
        {
            ["Oci:Auth"] = "okeworkloadidentity",
            ["Oci:Region"] = "ap-tokyo-1",
            ["Oci:Endpoints:CloudGuard"] = "https://127.0.0.1:8443",
            ["Oci:RateLimits:Identity"] = "2.5",
            ["Oci:Retry:BaseDelay"] = "00:00:02",
            ["Oci:WorkloadIdentity:Port"] = "12251",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<OciOptions>>().Value;

        Assert.Equal(2.5, options.RateLimitFor(OciService.Identity));
        Assert.Equal(2, options.RateLimitFor(OciService.Organizations));
        Assert.Equal(TimeSpan.FromSeconds(2), options.Retry.BaseDelay);
        Assert.Equal(12251, options.WorkloadIdentity.Port);
        Assert.Equal("oraclecloud.com", options.RealmDomain);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOci(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
