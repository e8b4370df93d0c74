using System.Net;
using ChatOps.Sandbox.Oci.State;

namespace ChatOps.Sandbox.Oci.Http;

/// <summary>
/// Reads the Host header the way OCI's front door does: <c>&lt;service&gt;.&lt;region&gt;.[oci.]&lt;realm&gt;</c> names
/// the service and region. A bare loopback address (no name) addresses the default region.
/// </summary>
internal sealed record SimHost(string? Service, string Region)
{
    public static SimHost? Parse(string? hostHeader, OciSimulatorOptions options)
    {
        var host = (hostHeader ?? string.Empty).Trim();
        if (host.StartsWith('['))
        {
            return new SimHost(null, options.DefaultRegion);
        }

        var colon = host.LastIndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        if (host.Length == 0 || IPAddress.TryParse(host, out _) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new SimHost(null, options.DefaultRegion);
        }

        var labels = host.ToLowerInvariant().Split('.');
        if (labels.Length < 3 || SimRegions.KeyOf(labels[1]) is null || !host.EndsWith("." + options.RealmDomain, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new SimHost(labels[0], labels[1]);
    }
}
