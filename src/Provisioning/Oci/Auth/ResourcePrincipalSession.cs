namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>What <see cref="ResourcePrincipalAuthProvider"/> loaded last, and the token file's write time then.</summary>
internal sealed record ResourcePrincipalSession(
    string Rpst,
    OciSessionToken Token,
    DateTime? Stamp,
    OciSigningCredentials Credentials);
