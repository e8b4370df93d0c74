using ChatOps.Sandbox.World;
using ChatOps.Tests.Support;

namespace ChatOps.Tests.Bot.Cli;

/// <summary>
/// <c>chatops doctor</c> as an operator runs it, against the simulated Slack, OCI, GCAS (with Google federation) and
/// SMTP on loopback: all green when they answer, and each broken dependency named with its fix.
/// </summary>
public sealed class DoctorCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    private SandboxWorld _world = null!;

    public async ValueTask InitializeAsync() =>
        _world = await SandboxWorld.StartAsync(new SandboxWorldOptions { SeededApplications = 0, WorkFolder = _directory.File("oci") });

    [Fact]
    public async Task Every_dependency_answering_passes_with_exit_code_0()
    {
        var (exit, output, error) = await ChatOpsProcess.RunAsync(Environment(), _directory.Path, "doctor");

        Assert.True(exit == 0, output + error);
        foreach (var check in new[] { "configuration", "store", "slack", "oci", "gcas", "smtp" })
        {
            Assert.Matches($@"(?m)^{check}\s+ok\s", output);
        }

        Assert.Contains("All checks passed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_broken_dependency_is_named_with_a_fix_and_the_exit_code_is_1()
    {
        var blocker = _directory.File("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var broken = Environment(new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(blocker, "chatops.db"),
            ["Slack__BotToken"] = "xoxb-revoked-token",
            ["Oci__ParentTenancyId"] = "ocid1.tenancy.oc1..doesnotexist",
            ["Gcas__Auth__ClientSecret"] = "wrong-secret",
            ["Email__Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var (exit, output, error) = await ChatOpsProcess.RunAsync(broken, _directory.Path, "doctor");

        Assert.True(exit == 1, output + error);
        foreach (var check in new[] { "store", "slack", "oci", "gcas", "smtp" })
        {
            Assert.Matches($@"(?m)^{check}\s+FAILED\s", output);
        }

        Assert.Matches(@"(?m)^configuration\s+ok\s", output);
        Assert.Equal(5, output.Split('\n').Count(line => line.TrimStart().StartsWith("fix:", StringComparison.Ordinal)));
        Assert.Contains("5 check(s) failed.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-revoked-token", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_configuration_value_is_reported_by_its_key()
    {
        var (exit, output, error) = await ChatOpsProcess.RunAsync(Environment(new Dictionary<string, string> { ["Engine__MaxConcurrency"] = "0" }), _directory.Path, "doctor");

        Assert.True(exit == 1, output + error);
        Assert.Matches(@"(?m)^configuration\s+FAILED\s.*Engine:MaxConcurrency", output);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private Dictionary<string, string> Environment(Dictionary<string, string>? changes = null)
    {
        var environment = _world.BotConfiguration
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
        environment["Storage__Path"] = _directory.File("chatops.db");
        foreach (var (key, value) in changes ?? [])
        {
            environment[key] = value;
        }

        return environment;
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
