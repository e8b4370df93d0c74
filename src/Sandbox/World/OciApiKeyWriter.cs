using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Sandbox.World;

/// <summary>Makes a fresh RSA key per run and writes it with a config file, as <c>oci setup config</c> would.</summary>
internal static class OciApiKeyWriter
{
    private const string Profile = "DEFAULT";

    public static async Task<(OciApiKey Files, RSA Key)> WriteAsync(string folder, string tenancyId, string region, CancellationToken cancellationToken)
    {
        var key = RSA.Create(2048);
        try
        {
            var keyFile = Path.Combine(folder, "oci_api_key.pem");
            var configFile = Path.Combine(folder, "config");
            var user = "ocid1.user.oc1..aaaaaaaasandbox" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var fingerprint = Fingerprint(key);
            await WritePrivateAsync(keyFile, key.ExportPkcs8PrivateKeyPem(), cancellationToken);
            var config = new StringBuilder()
                .Append('[').Append(Profile).Append("]\n")
                .Append("user=").Append(user).Append('\n')
                .Append("fingerprint=").Append(fingerprint).Append('\n')
                .Append("tenancy=").Append(tenancyId).Append('\n')
                .Append("region=").Append(region).Append('\n')
                .Append("key_file=").Append(keyFile).Append('\n')
                .ToString();
            await WritePrivateAsync(configFile, config, cancellationToken);
            return (new OciApiKey(configFile, keyFile, Profile, tenancyId, user, fingerprint, region), key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    // OCI's key fingerprint is the colon-separated MD5 of the DER public key; MD5 here names a key, it protects nothing.
#pragma warning disable CA5351
    private static string Fingerprint(RSA key) =>
        string.Join(':', MD5.HashData(key.ExportSubjectPublicKeyInfo()).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
#pragma warning restore CA5351

    private static async Task WritePrivateAsync(string path, string text, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
