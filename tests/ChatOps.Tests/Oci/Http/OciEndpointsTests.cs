using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Http;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Oci.Http;

public class OciEndpointsTests
{
    [Theory]
    [InlineData("Organizations", "https://organizations.ap-osaka-1.oci.oraclecloud.com/20230401/", "organizations.ap-osaka-1.oci.oraclecloud.com")]
    [InlineData("Identity", "https://identity.ap-osaka-1.oci.oraclecloud.com/20160918/", "identity.ap-osaka-1.oci.oraclecloud.com")]
    [InlineData("Audit", "https://audit.ap-osaka-1.oraclecloud.com/20190901/", "audit.ap-osaka-1.oraclecloud.com")]
    [InlineData("CloudGuard", "https://cloudguard-cp-api.ap-osaka-1.oci.oraclecloud.com/20200131/", "cloudguard-cp-api.ap-osaka-1.oci.oraclecloud.com")]
    public void Regional_endpoints_follow_the_sdk_templates(string service, string baseAddress, string host)
    {
        var endpoint = Endpoints(new OciOptions()).Resolve(Enum.Parse<OciService>(service), "ap-osaka-1");

        Assert.Equal(new Uri(baseAddress), endpoint.BaseAddress);
        Assert.Equal(host, endpoint.Host);
    }

    [Fact]
    public void An_override_moves_the_connection_but_keeps_the_regional_host_and_version()
    {
        var options = new OciOptions { RealmDomain = "oraclecloud.example", Endpoints = new(StringComparer.OrdinalIgnoreCase) { ["identity"] = "http://127.0.0.1:5099" } };

        var endpoint = Endpoints(options).Resolve(OciService.Identity, "AP-Tokyo-1");

        Assert.Equal(new Uri("http://127.0.0.1:5099/20160918/"), endpoint.BaseAddress);
        Assert.Equal("identity.ap-tokyo-1.oci.oraclecloud.example", endpoint.Host);
    }

    private static OciEndpoints Endpoints(OciOptions options) => new(Options.Create(options));
}
