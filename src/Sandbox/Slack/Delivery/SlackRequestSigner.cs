using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Sandbox.Slack.Delivery;

/// <summary>Slack's v0 request signature, written from the protocol description: <c>v0=hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body))</c>.</summary>
public static class SlackRequestSigner
{
    public static string Sign(string signingSecret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), data));
    }
}
