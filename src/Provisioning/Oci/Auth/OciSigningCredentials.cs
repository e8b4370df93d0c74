using System.Security.Cryptography;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// A signing identity: the keyId (an API-key triple or <c>ST$&lt;session token&gt;</c>) and its private key.
/// Deliberately not a record: a generated ToString would print the session token into logs.
/// </summary>
internal sealed class OciSigningCredentials(string keyId, RSA privateKey)
{
    public string KeyId { get; } = keyId;

    public RSA PrivateKey { get; } = privateKey;

    public override string ToString() => "OciSigningCredentials { KeyId = (redacted) }";
}
