using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Provisioning.Oci;

/// <summary>
/// Derives the <c>opc-retry-token</c> of a create from what identifies the attempt, so a crash between "sent" and
/// "recorded" and a re-run send the same token and OCI answers with the first result instead of a second resource.
/// </summary>
internal static class OciRetryToken
{
    // Hex is alphanumeric everywhere; 48 characters (192 bits) stay well inside OCI's 64-character limit.
    public const int Length = 48;

    public static string Derive(string requestId, string step, string environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        ArgumentNullException.ThrowIfNull(environment);
        // Length-prefixed parts, so ("ab", "c") and ("a", "bc") never collide.
        var canonical = $"chatops-retry-token/v1\n{requestId.Length}:{requestId}\n{step.Length}:{step}\n{environment.Length}:{environment}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(hash)[..Length];
    }
}
