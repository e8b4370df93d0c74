using System.Globalization;
using System.Security.Cryptography;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Provisioning.Template;
using ChatOps.Sandbox.Oci;
using ChatOps.Tests.Oci.Support;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Template.Support;

/// <summary>
/// The product's OCI layer and template services, wired by <c>AddOci</c> and <c>AddTemplate</c> as in production,
/// talking over loopback HTTP to the OCI simulator with an API key it knows. On a <see cref="SteppingClock"/> by
/// default; with real time when a child process (the CLI) shares the simulator. <see cref="Settings"/> is the
/// configuration, also usable as environment variables.
/// </summary>
internal sealed class TemplateTestHost : IAsyncDisposable
{
    public const string Tokyo = "ap-tokyo-1";
    public const string Osaka = "ap-osaka-1";

    private readonly ServiceProvider _provider;
    private readonly TempDirectory _directory;

    private TemplateTestHost(ServiceProvider provider, OciSimulator simulator, TimeProvider time, TempDirectory directory, IReadOnlyDictionary<string, string?> settings)
    {
        _provider = provider;
        Simulator = simulator;
        Time = time;
        _directory = directory;
        Settings = settings;
    }

    public OciSimulator Simulator { get; }

    public TimeProvider Time { get; }

    public SteppingClock? Clock => Time as SteppingClock;

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public RecordingAuditTrail Audit => (RecordingAuditTrail)_provider.GetRequiredService<IAuditTrail>();

    public string ParentTenancyId => Simulator.ParentTenancyId;

    public static async Task<TemplateTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        bool realTime = false,
        Action<IServiceCollection>? configure = null)
    {
        TimeProvider time = realTime ? TimeProvider.System : new SteppingClock();
        var sim = await OciSimulator.StartAsync(new OciSimulatorOptions
        {
            Time = time,
            ChildTenancyCreationTime = realTime ? TimeSpan.Zero : TimeSpan.FromMinutes(4),
            RegionSubscriptionTime = TimeSpan.FromMinutes(2),
        });
        var directory = new TempDirectory();
        using var key = RSA.Create(2048);
        const string KeyId = "ocid1.tenancy.oc1..aaaatemplate/ocid1.user.oc1..aaaatemplate/11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00";
        sim.RegisterApiKey(KeyId, key);
        var keyFile = directory.File("key.pem");
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        var parts = KeyId.Split('/');
        var configFile = directory.File("config");
        await File.WriteAllTextAsync(configFile, $"[DEFAULT]\nuser={parts[1]}\nfingerprint={parts[2]}\ntenancy={parts[0]}\nregion={Tokyo}\nkey_file={keyFile}\n");

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Oci:Auth"] = "ConfigFile",
            ["Oci:ConfigFile"] = configFile,
            ["Oci:Region"] = Tokyo,
            ["Oci:ParentTenancyId"] = sim.ParentTenancyId,
            ["Oci:Retry:MaxAttempts"] = "4",
            ["Oci:Retry:BaseDelay"] = "00:00:01",
            ["Oci:Retry:MaxDelay"] = "00:00:08",
            ["Oci:Timeout"] = Timeout.InfiniteTimeSpan.ToString("c", CultureInfo.InvariantCulture),
            ["Template:Path"] = RepositoryRoot.File("templates", "mandatory-template.yaml"),
        };
        foreach (var service in Enum.GetNames<OciService>())
        {
            values[$"Oci:Endpoints:{service}"] = sim.BaseUri.GetLeftPart(UriPartial.Authority);
            values[$"Oci:RateLimits:{service}"] = "1000";
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new TestLog()));
        services.AddSingleton(time);
        services.AddSingleton<IAuditTrail, RecordingAuditTrail>();
        services.AddOci(configuration);
        services.AddTemplate(configuration);
        configure?.Invoke(services);
        return new TemplateTestHost(services.BuildServiceProvider(validateScopes: true), sim, time, directory, values);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Runs product code to completion, moving a stepping clock through any backoff it waits for.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> call) => Clock is { } clock ? clock.DriveAsync(call) : call();

    /// <summary>A child tenancy made through the product's Organizations client, ready for use.</summary>
    public async Task<string> CreateChildTenancyAsync(string name, string homeRegion = Tokyo)
    {
        var organizations = Get<OciOrganizationsClient>();
        var accepted = await RunAsync(() => organizations.CreateChildTenancyAsync(
            new CreateChildTenancyDetails(ParentTenancyId, name, homeRegion, $"admin@{name}.example.jp"), "child-" + name, CancellationToken.None));
        Clock?.Advance(Simulator.Options.ChildTenancyCreationTime);
        var done = await RunAsync(() => organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None));
        var childId = done.Value!.ChildTenancyId!;

        // What the operator does for the credential step: let the bot's tenancy manage the child.
        Oci.Support.OciTestHost.GrantParentAccess(Simulator, name, childId);
        return childId;
    }

    /// <summary>Policies of the template, not the one the operator added so the bot may act in the child.</summary>
    public static bool IsTemplatePolicy(OciSimResource policy) => policy.Name != "admit_parent";

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Simulator.DisposeAsync();
        _directory.Dispose();
    }
}
