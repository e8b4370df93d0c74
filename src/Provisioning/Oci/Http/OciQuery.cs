using System.Text;

namespace ChatOps.Provisioning.Oci.Http;

/// <summary>Builds a relative path with an RFC 3986 escaped query, skipping parameters that have no value.</summary>
internal static class OciQuery
{
    public static string Build(string path, params (string Name, string? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }

    public static string Segment(string value) => Uri.EscapeDataString(value);
}
