namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>
/// The INI format of <c>~/.oci/config</c>: <c>[PROFILE]</c> sections of <c>key=value</c> lines, where every profile
/// inherits the keys of <c>[DEFAULT]</c> it does not set itself.
/// </summary>
internal static class OciConfigFile
{
    private const string DefaultProfile = "DEFAULT";

    public static IReadOnlyDictionary<string, string>? ReadProfile(string text, string profile)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1].Trim();
                if (!sections.TryGetValue(name, out current))
                {
                    current = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    sections[name] = current;
                }

                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (current is not null && equals > 0)
            {
                current[line[..equals].Trim()] = line[(equals + 1)..].Trim();
            }
        }

        if (!sections.TryGetValue(profile, out var chosen))
        {
            return null;
        }

        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (profile != DefaultProfile && sections.TryGetValue(DefaultProfile, out var defaults))
        {
            foreach (var (key, value) in defaults)
            {
                merged[key] = value;
            }
        }

        foreach (var (key, value) in chosen)
        {
            merged[key] = value;
        }

        return merged;
    }
}
