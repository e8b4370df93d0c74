using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Signing;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 keyed with the signing secret over <c>v0:{timestamp}:{raw body}</c>.
/// The timestamp must lie within 5 minutes of now in either direction (a captured request cannot be replayed
/// later), and the MAC is compared in constant time.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, SlackTuning tuning, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const string VersionPrefix = "v0=";

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.NoSigningSecret;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > (long)tuning.SignatureWindow.TotalSeconds)
        {
            return SignatureCheck.OutsideWindow;
        }

        if (!signature.StartsWith(VersionPrefix, StringComparison.Ordinal))
        {
            return SignatureCheck.UnknownVersion;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(signature.AsSpan(VersionPrefix.Length));
        }
        catch (FormatException)
        {
            return SignatureCheck.Mismatch;
        }

        var expected = Compute(secret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, presented) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The raw MAC bytes; the header carries them as lowercase hex after <c>v0=</c>.</summary>
    public static byte[] Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"v0:{timestamp}:"));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
