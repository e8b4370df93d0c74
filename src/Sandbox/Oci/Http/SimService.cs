namespace ChatOps.Sandbox.Oci.Http;

/// <summary>Endpoint metadata: which service (first Host label) a route belongs to.</summary>
internal sealed record SimService(string HostLabel)
{
    public static SimService Organizations { get; } = new("organizations");

    public static SimService Identity { get; } = new("identity");

    public static SimService Audit { get; } = new("audit");

    public static SimService CloudGuard { get; } = new("cloudguard-cp-api");
}
