namespace ChatOps.Provisioning.Applications;

/// <summary>Limits of application validation, bound from the <c>Applications</c> configuration section.</summary>
public sealed record ApplicationRules
{
    public const string Section = "Applications";

    public static IReadOnlyList<string> DefaultRegions { get; } = ["ap-tokyo-1", "ap-osaka-1"];

    /// <summary>Regions applications may use; null or empty means <see cref="DefaultRegions"/>. (A default list here would be
    /// appended to, not replaced, by configuration binding.)</summary>
    public IReadOnlyList<string>? AllowedRegions { get; init; }

    public IReadOnlyList<string> Regions => AllowedRegions is { Count: > 0 } configured ? configured : DefaultRegions;

    public int MaxTextLength { get; init; } = 100;

    public int MaxAdminEmails { get; init; } = 5;

    public int MaxEnvironmentCount { get; init; } = 5;

    public int MaxTenanciesPerApplication { get; init; } = 10;

    /// <summary>OCI tenancy names: lowercase letters and digits, starting with a letter.</summary>
    public int MaxTenancyNameLength { get; init; } = 25;
}
