namespace ChatOps.Provisioning.Applications;

/// <summary>The Japanese labels GCAS uses on the wire, and short ASCII keys for names and ids.</summary>
public static class Vocabulary
{
    private static readonly Dictionary<string, OrganizationKind> Kinds = new(StringComparer.Ordinal)
    {
        ["国の機関"] = OrganizationKind.Ministry,
        ["地方公共団体"] = OrganizationKind.LocalGovernment,
        ["準公共"] = OrganizationKind.QuasiPublic,
    };

    private static readonly Dictionary<string, UsageMode> Modes = new(StringComparer.Ordinal)
    {
        ["単独利用"] = UsageMode.Single,
        ["共同利用"] = UsageMode.Shared,
    };

    private static readonly Dictionary<string, EnvironmentType> Environments = new(StringComparer.Ordinal)
    {
        ["本番"] = EnvironmentType.Production,
        ["検証"] = EnvironmentType.Staging,
        ["開発"] = EnvironmentType.Development,
    };

    public static IReadOnlyCollection<string> KindLabels => Kinds.Keys;

    public static IReadOnlyCollection<string> UsageModeLabels => Modes.Keys;

    public static IReadOnlyCollection<string> EnvironmentLabels => Environments.Keys;

    public static bool TryParseKind(string label, out OrganizationKind kind) => Kinds.TryGetValue(label, out kind);

    public static bool TryParseUsageMode(string label, out UsageMode mode) => Modes.TryGetValue(label, out mode);

    public static bool TryParseEnvironment(string label, out EnvironmentType type) => Environments.TryGetValue(label, out type);

    public static string Label(OrganizationKind kind) => Kinds.First(pair => pair.Value == kind).Key;

    public static string Label(UsageMode mode) => Modes.First(pair => pair.Value == mode).Key;

    public static string Label(EnvironmentType type) => Environments.First(pair => pair.Value == type).Key;

    /// <summary>Short key used in tenancy names, compartment names and progress keys.</summary>
    public static string Key(EnvironmentType type) => type switch
    {
        EnvironmentType.Production => "prd",
        EnvironmentType.Staging => "stg",
        _ => "dev",
    };
}
