namespace ChatOps.Sandbox.World;

/// <summary>
/// The API key the sandbox made for the bot: a PEM private key and an <c>~/.oci/config</c>-style file whose
/// <see cref="Profile"/> names it. The OCI simulator accepts requests signed under <see cref="KeyId"/>.
/// </summary>
public sealed record OciApiKey(string ConfigFile, string KeyFile, string Profile, string TenancyId, string UserId, string Fingerprint, string Region)
{
    public string KeyId => $"{TenancyId}/{UserId}/{Fingerprint}";
}
