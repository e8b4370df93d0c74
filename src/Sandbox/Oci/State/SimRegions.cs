namespace ChatOps.Sandbox.Oci.State;

/// <summary>The regions the simulator knows, as (key, name) pairs the way ListRegions reports them.</summary>
internal static class SimRegions
{
    public static IReadOnlyList<(string Key, string Name)> All { get; } =
    [
        ("NRT", "ap-tokyo-1"),
        ("KIX", "ap-osaka-1"),
        ("ICN", "ap-seoul-1"),
        ("YNY", "ap-chuncheon-1"),
        ("SIN", "ap-singapore-1"),
        ("SYD", "ap-sydney-1"),
        ("MEL", "ap-melbourne-1"),
        ("BOM", "ap-mumbai-1"),
        ("PHX", "us-phoenix-1"),
        ("IAD", "us-ashburn-1"),
        ("FRA", "eu-frankfurt-1"),
        ("LHR", "uk-london-1"),
    ];

    public static string? KeyOf(string name) =>
        All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Key;

    public static string? NameOf(string key) =>
        All.FirstOrDefault(r => r.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Name;
}
