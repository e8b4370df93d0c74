using ChatOps.Sandbox.World;

namespace ChatOps.Tests.Reliability.CrashAnywhere;

/// <summary>The child's environment: every setting of the world (as <c>Section__Key</c>) plus its own data file and ports.</summary>
internal static class CrashRunSettings
{
    public static SandboxWorldOptions World() => new()
    {
        ChildTenancyCreationTime = TimeSpan.FromMilliseconds(800),
        RegionActivationTime = TimeSpan.FromMilliseconds(800),
        StepPollInterval = TimeSpan.FromMilliseconds(250),
        GcasPollInterval = TimeSpan.FromMilliseconds(250),
        SeededApplications = 0,
    };

    public static Dictionary<string, string> ForChild(SandboxWorld world, string dataFile)
    {
        var environment = world.BotConfiguration
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!, StringComparer.Ordinal);
        environment["Storage__Path"] = dataFile;
        environment["Http__Port"] = "0";
        environment["Admin__Port"] = "0";
        environment["Slack__Language"] = "en";
        environment["Logging__Format"] = "simple";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return environment;
    }
}
