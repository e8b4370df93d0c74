using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>
/// Regional endpoints from the host templates and API versions of OCI's SDKs. An <c>Oci:Endpoints:&lt;Service&gt;</c>
/// override changes only where the connection goes: the request still names the regional host, so one simulator
/// can serve every region and tell them apart by the Host header, as the real service does.
/// </summary>
internal sealed class OciEndpoints(IOptions<OciOptions> options)
{
    public static string VersionPath(OciService service) => service switch
    {
        OciService.Organizations => "20230401",
        OciService.Identity => "20160918",
        OciService.Audit => "20190901",
        OciService.CloudGuard => "20200131",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    public static string RegionalHost(OciService service, string region, string realmDomain) => service switch
    {
        OciService.Organizations => $"organizations.{region}.oci.{realmDomain}",
        OciService.Identity => $"identity.{region}.oci.{realmDomain}",
        // The Audit template has no ".oci." label.
        OciService.Audit => $"audit.{region}.{realmDomain}",
        OciService.CloudGuard => $"cloudguard-cp-api.{region}.oci.{realmDomain}",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    /// <summary>The parent tenancy's home region (<c>Oci:Region</c>).</summary>
    public string DefaultRegion => options.Value.Region
        ?? throw new InvalidOperationException("Oci:Region is not configured.");

    public OciEndpoint Resolve(OciService service, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var host = RegionalHost(service, region.Trim().ToLowerInvariant(), options.Value.RealmDomain);
        var target = options.Value.Endpoints.TryGetValue(service.ToString(), out var overridden)
            ? new Uri(overridden, UriKind.Absolute)
            : new Uri($"https://{host}/");
        var builder = new UriBuilder(target.Scheme, target.Host, target.Port, "/" + VersionPath(service) + "/");
        return new OciEndpoint(builder.Uri, host);
    }
}
