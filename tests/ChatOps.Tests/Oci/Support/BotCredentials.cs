using System.Globalization;
using System.Security.Cryptography;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Oci.Support;

/// <summary>How the bot under test signs its OCI requests: configuration plus what the simulator must know.</summary>
internal static class BotCredentials
{
    /// <summary>An API key of a user of the parent tenancy, in an <c>~/.oci/config</c>-style file.</summary>
    public static async Task<Dictionary<string, string?>> ApiKeyAsync(OciSimulator sim, TempDirectory directory)
    {
        using var key = RSA.Create(2048);
        var keyId = $"{sim.ParentTenancyId}/ocid1.user.oc1..aaaachatopsbot/0a:1b:2c:3d:4e:5f:60:71:82:93:a4:b5:c6:d7:e8:f9";
        sim.RegisterApiKey(keyId, key);
        var keyFile = directory.File("bot.pem");
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        var configFile = directory.File("oci-config");
        var parts = keyId.Split('/');
        await File.WriteAllTextAsync(configFile, $"[DEFAULT]\nuser={parts[1]}\nfingerprint={parts[2]}\ntenancy={parts[0]}\nregion={OciTestHost.Tokyo}\nkey_file={keyFile}\n");
        return new() { ["Oci:Auth"] = "ConfigFile", ["Oci:ConfigFile"] = configFile };
    }

    /// <summary>OKE workload identity: a service-account token exchanged at the simulator's proxymux over TLS with a test CA.</summary>
    public static async Task<Dictionary<string, string?>> WorkloadIdentityAsync(OciSimulator sim, TempDirectory directory, List<IDisposable> owned)
    {
        var (ca, server) = TestCertificates.CreateCaAndServer();
        owned.Add(ca);
        owned.Add(server);
        var tokenPath = directory.File("sa-token");
        var caPath = directory.File("ca.crt");
        await File.WriteAllTextAsync(tokenPath, "chatops-bot-sa-token\n");
        await File.WriteAllTextAsync(caPath, ca.ExportCertificatePem());
        var proxymux = await sim.StartProxymuxAsync(server);
        proxymux.AcceptServiceAccountToken("chatops-bot-sa-token");
        return new()
        {
            ["Oci:Auth"] = "OkeWorkloadIdentity",
            ["Oci:WorkloadIdentity:Host"] = "127.0.0.1",
            ["Oci:WorkloadIdentity:Port"] = proxymux.BaseUri.Port.ToString(CultureInfo.InvariantCulture),
            ["Oci:WorkloadIdentity:TokenPath"] = tokenPath,
            ["Oci:WorkloadIdentity:CaCertPath"] = caPath,
            ["Oci:WorkloadIdentity:ClusterId"] = "ocid1.cluster.oc1.ap-tokyo-1.aaaaaaaatestcluster",
        };
    }
}
