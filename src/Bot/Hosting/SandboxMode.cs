using ChatOps.Sandbox.Page;
using ChatOps.Sandbox.World;
using Microsoft.Extensions.Configuration;

namespace ChatOps.Bot.Hosting;

/// <summary>
/// The embedded default: with no Slack token the bot starts simulators of Slack, GCAS (with Google and SMTP) and
/// OCI in-process, points its real clients at them, and serves the browser page that plays the Slack channel.
/// Every run starts from a fresh world and a fresh data file, so the two always agree.
/// </summary>
internal sealed class SandboxMode : IAsyncDisposable
{
    private readonly string _folder;

    private SandboxMode(SandboxWorld world, SandboxPage page, string folder)
    {
        World = world;
        Page = page;
        _folder = folder;
    }

    public SandboxWorld World { get; }

    public SandboxPage Page { get; }

    public static bool IsWanted(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]) && !string.Equals(configuration["Sandbox:Enabled"], "false", StringComparison.OrdinalIgnoreCase);

    public static async Task<SandboxMode> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var port = int.TryParse(configuration["Sandbox:Port"], out var configured) ? configured : SandboxPage.DefaultPort;
        var options = new SandboxWorldOptions
        {
            ChildTenancyCreationTime = Duration(configuration, "Sandbox:TenancyCreationTime", TimeSpan.FromSeconds(20)),
            RegionActivationTime = Duration(configuration, "Sandbox:RegionActivationTime", TimeSpan.FromSeconds(15)),
            StepPollInterval = Duration(configuration, "Sandbox:StepPollInterval", TimeSpan.FromSeconds(2)),
            GcasPollInterval = Duration(configuration, "Sandbox:GcasPollInterval", TimeSpan.FromSeconds(2)),
            SeededApplications = int.TryParse(configuration["Sandbox:SeededApplications"], out var seeded) ? seeded : 2,
        };
        var folder = Path.Combine(Path.GetTempPath(), "chatops-sandbox-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var world = await SandboxWorld.StartAsync(options, cancellationToken);
        try
        {
            var page = await SandboxPage.StartAsync(world, port, cancellationToken);
            return new SandboxMode(world, page, folder);
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>The world's settings for the bot, plus a data file of this run's own.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>(World.BotConfiguration)
    {
        ["Storage:Path"] = Path.Combine(_folder, "sandbox.db"),
        ["Logging:Format"] = "simple",
    };

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        await World.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp cleaner gets it later; a leftover sandbox file is harmless.
        }
    }

    private static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback) =>
        TimeSpan.TryParse(configuration[key], System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
