namespace ChatOps.Provisioning.Oci.Auth;

/// <summary>Environment variables as a dependency, so providers can be tested without touching the process.</summary>
internal sealed class OciEnvironment(Func<string, string?> read)
{
    public static OciEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    public string? Get(string name)
    {
        var value = read(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>Expands a leading <c>~</c> the way the OCI CLI and SDKs do.</summary>
    public string ExpandHome(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            var home = Get("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.Join(home, path[1..]);
        }

        return path;
    }
}
