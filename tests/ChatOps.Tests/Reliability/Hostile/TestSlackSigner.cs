using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Tests.Reliability.Hostile;

/// <summary>
/// The test side's own v0 signer, written from Slack's description (<c>v0=hex(HMAC-SHA256(secret, "v0:ts:body"))</c>),
/// so a genuine request is signed without the product's verifier or the sandbox's delivery code.
/// </summary>
internal static class TestSlackSigner
{
    public static string Sign(string secret, long timestamp, byte[] body)
    {
        var basestring = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), basestring));
    }
}
