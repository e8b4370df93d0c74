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

        // OCI's own rate limits do not apply to the simulator; the client-side ones would make the run take minutes.
        environment["Oci__RateLimits__Identity"] = "200";
        environment["Oci__RateLimits__Organizations"] = "50";
        environment["Logging__Format"] = "simple";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return environment;
    }
}
