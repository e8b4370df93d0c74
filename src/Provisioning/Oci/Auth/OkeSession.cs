namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>The current OKE workload identity session and when to fetch the next one.</summary>
internal sealed record OkeSession(OciSigningCredentials Credentials, OciSessionToken Token, DateTimeOffset RefreshAt);
