using System.Security.Cryptography;
using ChatOps.Sandbox.Gcas;
using ChatOps.Sandbox.Mail;
using ChatOps.Sandbox.Oci;
using ChatOps.Sandbox.Slack;

namespace ChatOps.Sandbox.World;

/// <summary>
/// The whole simulated world on loopback: Slack (Socket Mode, the sandbox workspace), GCAS with Google
/// federation and SMTP, and OCI with an API key for the parent tenancy. <see cref="BotConfiguration"/> points the
/// real bot at all of it.
/// </summary>
public sealed class SandboxWorld : IAsyncDisposable
{
    private readonly RSA _ociKey;
    private readonly string? _ownedFolder;
    private int _disposed;

    private SandboxWorld(SandboxWorldOptions options, SlackSimulator slack, GcasSandboxEnvironment gcas, OciSimulator oci, OciApiKey key, RSA ociKey, string? ownedFolder)
    {
        Options = options;
        Slack = slack;
        GcasEnvironment = gcas;
        Oci = oci;
        OciKey = key;
        _ociKey = ociKey;
        _ownedFolder = ownedFolder;
        BotConfiguration = SandboxBotSettings.Build(options, slack, Channels, Cast, gcas, oci, key);
    }

    public SandboxWorldOptions Options { get; }

    public TimeProvider Time => Options.Time;

    public SandboxCast Cast => SandboxCast.Default;

    public SandboxChannels Channels => SandboxChannels.Default;

    public SlackSimulator Slack { get; }

    public GcasSandboxEnvironment GcasEnvironment { get; }

    public GcasSimulator Gcas => GcasEnvironment.Gcas;

    public SmtpSimulator Smtp => GcasEnvironment.Smtp;

    public OciSimulator Oci { get; }

    public OciApiKey OciKey { get; }

    /// <summary>Every setting the bot needs to talk to these simulators, by configuration key.</summary>
    public IReadOnlyDictionary<string, string?> BotConfiguration { get; }

    public static async Task<SandboxWorld> StartAsync(SandboxWorldOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxWorldOptions();
        var folder = options.WorkFolder ?? Directory.CreateTempSubdirectory("chatops-sandbox-").FullName;
        var owned = options.WorkFolder is null ? folder : null;
        var started = new Stack<IAsyncDisposable>();
        try
        {
            var slack = await SlackSimulator.StartAsync(SlackOptions(options), cancellationToken);
            started.Push(slack);
            var gcas = await GcasSandboxEnvironment.StartAsync(options.Time, seedSamples: false, cancellationToken);
            started.Push(gcas);
            foreach (var application in SampleApplications.ValidSet().Take(options.SeededApplications))
            {
                gcas.Gcas.AddApplication(application);
            }

            var oci = await OciSimulator.StartAsync(OciOptions(options), cancellationToken);
            started.Push(oci);
            Directory.CreateDirectory(folder);
            var (files, key) = await OciApiKeyWriter.WriteAsync(folder, oci.ParentTenancyId, options.Region, cancellationToken);
            oci.RegisterApiKey(files.KeyId, key);
            return new SandboxWorld(options, slack, gcas, oci, files, key, owned);
        }
        catch
        {
            while (started.TryPop(out var part))
            {
                await part.DisposeAsync();
            }

            DeleteFolder(owned);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await Oci.DisposeAsync();
        await GcasEnvironment.DisposeAsync();
        await Slack.DisposeAsync();
        _ociKey.Dispose();
        DeleteFolder(_ownedFolder);
    }

    private static SlackSimulatorOptions SlackOptions(SandboxWorldOptions options) => new()
    {
        Time = options.Time,
        Port = options.SlackPort,
        Delivery = SlackDeliveryMode.SocketMode,
        Users = [.. SandboxCast.Default.People.Select(p => p.User)],
        UserGroups = [SandboxCast.Default.Approvers],
        Channels = SandboxChannels.Default.All,
    };

    private static OciSimulatorOptions OciOptions(SandboxWorldOptions options) => new()
    {
        Time = options.Time,
        DefaultRegion = options.Region,
        ParentHomeRegion = options.Region,
        ParentRegions = ["ap-tokyo-1", "ap-osaka-1"],
        ChildTenancyCreationTime = options.ChildTenancyCreationTime,
        RegionSubscriptionTime = options.RegionActivationTime,
        RateLimits = options.OciRateLimits,
        ChildTenancyLimit = options.ChildTenancyLimit,
    };

    private static void DeleteFolder(string? folder)
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
