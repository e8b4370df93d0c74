using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ChatOps.Sandbox.Gcas;

/// <summary>Opaque list cursors: the position after which the next page starts, base64url-encoded with a version.</summary>
internal static class Cursor
{
    private const string Prefix = "v1:";

    public static string Format(long position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static bool TryParse(string text, out long position)
    {
        position = 0;
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return decoded.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(decoded.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
