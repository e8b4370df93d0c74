namespace ChatOps.Provisioning.Oci;

/// <summary>The OCI services we call. The names are the keys under <c>Oci:Endpoints</c> and <c>Oci:RateLimits</c>.</summary>
internal enum OciService
{
    Organizations,
    Identity,
    Audit,
    CloudGuard,
}
