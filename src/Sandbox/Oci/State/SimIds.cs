using System.Security.Cryptography;

namespace ChatOps.Sandbox.Oci.State;

/// <summary>OCIDs in the real shape: <c>ocid1.&lt;type&gt;.oc1.[region].&lt;unique&gt;</c>.</summary>
internal static class SimIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string New(string type, string? regionKey = null) =>
        $"ocid1.{type}.oc1.{regionKey?.ToLowerInvariant()}.aaaaaaaa{RandomNumberGenerator.GetString(Alphabet, 52)}";

    public static string RequestId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
