using System.Globalization;
using System.Security.Cryptography;
using ChatOps.Provisioning.Oci;
using ChatOps.Provisioning.Oci.Organizations;
using ChatOps.Sandbox.Oci;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatOps.Tests.Oci.Support;

/// <summary>
/// The product's OCI layer, wired by <c>AddOci</c> exactly as in production, talking over loopback HTTP to a
/// simulator. Both share one <see cref="SteppingClock"/>. Auth is an API key from a temporary config file
/// that the simulator knows.
/// </summary>
internal sealed class OciTestHost : IAsyncDisposable
{
    public const string Tokyo = "ap-tokyo-1";
    public const string Osaka = "ap-osaka-1";

    private readonly ServiceProvider _provider;
    private readonly string _directory;

    private OciTestHost(ServiceProvider provider, OciSimulator simulator, SteppingClock clock, TestLog log, string directory)
    {
        _provider = provider;
        Simulator = simulator;
        Clock = clock;
        Log = log;
        _directory = directory;
    }

    public OciSimulator Simulator { get; }

    public SteppingClock Clock { get; }

    public TestLog Log { get; }

    public string ParentTenancyId => Simulator.ParentTenancyId;

    public static async Task<OciTestHost> StartAsync(
        Func<OciSimulatorOptions, OciSimulatorOptions>? simulator = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Func<OciSimulator, Task<IReadOnlyDictionary<string, string?>>>? prepare = null)
    {
        var clock = new SteppingClock();
        var options = new OciSimulatorOptions { Time = clock, ChildTenancyCreationTime = TimeSpan.FromMinutes(4), RegionSubscriptionTime = TimeSpan.FromMinutes(2) };
        var sim = await OciSimulator.StartAsync(simulator?.Invoke(options) ?? options);
        var directory = Directory.CreateTempSubdirectory("chatops-oci-").FullName;
        using var key = RSA.Create(2048);
        const string KeyId = "ocid1.tenancy.oc1..aaaatest/ocid1.user.oc1..aaaatest/11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00";
        sim.RegisterApiKey(KeyId, key);
        var keyFile = Path.Join(directory, "key.pem");
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        var configFile = Path.Join(directory, "config");
        var parts = KeyId.Split('/');
        await File.WriteAllTextAsync(configFile, $"[DEFAULT]\nuser={parts[1]}\nfingerprint={parts[2]}\ntenancy={parts[0]}\nregion={Tokyo}\nkey_file={keyFile}\n");

        var values = new Dictionary<string, string?>
        {
            ["Oci:Auth"] = "ConfigFile",
            ["Oci:ConfigFile"] = configFile,
            ["Oci:Region"] = Tokyo,
            ["Oci:ParentTenancyId"] = sim.ParentTenancyId,
            ["Oci:Retry:MaxAttempts"] = "4",
            ["Oci:Retry:BaseDelay"] = "00:00:01",
            ["Oci:Retry:MaxDelay"] = "00:00:08",
            ["Oci:Timeout"] = Timeout.InfiniteTimeSpan.ToString("c", CultureInfo.InvariantCulture),
        };
        foreach (var service in new[] { "Organizations", "Identity", "Audit", "CloudGuard" })
        {
            values[$"Oci:Endpoints:{service}"] = sim.BaseUri.GetLeftPart(UriPartial.Authority);
            values[$"Oci:RateLimits:{service}"] = "1000";
        }

        var prepared = prepare is null ? null : await prepare(sim);
        foreach (var (name, value) in (settings ?? new Dictionary<string, string?>()).Concat(prepared ?? new Dictionary<string, string?>()))
        {
            values[name] = value;
        }

        var log = new TestLog();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(log));
        services.AddSingleton<TimeProvider>(clock);
        services.AddOci(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return new OciTestHost(services.BuildServiceProvider(validateScopes: true), sim, clock, log, directory);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Runs an OCI call, moving the clock through any backoff or rate-limit waits it makes.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> call, Func<TimeSpan, bool>? advanceFor = null) => Clock.DriveAsync(call, advanceFor);

    /// <summary>
    /// Creates a child tenancy through the product's client, moves time until it is ready, and lets the parent's
    /// principals in (admit in the child, endorse in the parent) as an operator would, so tests of the clients can
    /// work inside the child.
    /// </summary>
    public async Task<string> CreateChildTenancyAsync(string name, string homeRegion, bool grantParentAccess = true, string? policyName = null)
    {
        var organizations = Get<OciOrganizationsClient>();
        var details = new CreateChildTenancyDetails(ParentTenancyId, name, homeRegion, $"admin@{name}.example.jp") { PolicyName = policyName };
        var accepted = await RunAsync(() => organizations.CreateChildTenancyAsync(details, "child-" + name, CancellationToken.None));
        Clock.Advance(Simulator.Options.ChildTenancyCreationTime);
        var done = await organizations.GetWorkRequestAsync(accepted.Value!.WorkRequestId!, CancellationToken.None);
        var childId = done.Value!.ChildTenancyId!;
        if (grantParentAccess)
        {
            GrantParentAccess(Simulator, name, childId);
        }

        return childId;
    }

    /// <summary>The cross-tenancy policies, applied by each side's administrator, that let the parent's principals manage the child.</summary>
    public static void GrantParentAccess(OciSimulator simulator, string childName, string childId)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        simulator.ApplyPolicyAsAdministrator(childId, "admit_parent",
            [$"Define tenancy parent as {simulator.ParentTenancyId}", "Admit any-user of tenancy parent to manage all-resources in tenancy"]);
        simulator.ApplyParentPolicyAsAdministrator("endorse_" + childName,
            [$"Define tenancy {childName} as {childId}", $"Endorse any-user to manage all-resources in tenancy {childName}"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await Simulator.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
