using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ChatOps.Sandbox.Oci.Auth;

/// <summary>API signing keys the simulator accepts, by keyId (<c>tenancy/user/fingerprint</c>).</summary>
internal sealed class SimKeyRing
{
    private readonly ConcurrentDictionary<string, byte[]> _publicKeys = new(StringComparer.Ordinal);

    public void Add(string keyId, byte[] subjectPublicKeyInfo) => _publicKeys[keyId] = subjectPublicKeyInfo;

    public RSA? Find(string keyId)
    {
        if (!_publicKeys.TryGetValue(keyId, out var spki))
        {
            return null;
        }

        var key = RSA.Create();
        key.ImportSubjectPublicKeyInfo(spki, out _);
        return key;
    }
}
