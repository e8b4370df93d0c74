namespace ChatOps.Provisioning.Oci.Identity;

/// <summary>An OCI region: key (e.g. KIX) and name (e.g. ap-osaka-1).</summary>
internal sealed record Region(string Key, string Name);
