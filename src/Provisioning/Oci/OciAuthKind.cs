namespace ChatOps.Provisioning.Oci;

/// <summary>The values of <c>Oci:Auth</c>.</summary>
internal enum OciAuthKind
{
    OkeWorkloadIdentity,
    ResourcePrincipal,
    ConfigFile,
}
