using System.Security.Cryptography;

namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>Reads RSA private keys in the PEM forms OCI tooling writes (PKCS#1, PKCS#8, encrypted PKCS#8).</summary>
internal static class OciPrivateKeys
{
    public static RSA FromPem(string pem, string? passphrase, string source)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var rsa = RSA.Create();
        try
        {
            if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
            {
                if (passphrase is null)
                {
                    throw new OciAuthException($"The private key from {source} is encrypted but no passphrase is configured.", isPermanent: true);
                }

                rsa.ImportFromEncryptedPem(pem, passphrase);
            }
            else if (pem.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal))
            {
                throw new OciAuthException(
                    $"The private key from {source} uses legacy OpenSSL PEM encryption; convert it to PKCS#8 (openssl pkcs8 -topk8).",
                    isPermanent: true);
            }
            else
            {
                rsa.ImportFromPem(pem);
            }

            return rsa;
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new OciAuthException($"The private key from {source} is not a readable RSA private key PEM.", isPermanent: true, ex);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }
}
