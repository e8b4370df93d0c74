using ChatOps.Provisioning;
using ChatOps.Provisioning.Gcas;
using ChatOps.Provisioning.Gcas.Polling;
using ChatOps.Provisioning.Gcas.Reporting;
using ChatOps.Provisioning.Notifications.Email;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Simulation;
using ChatOps.Sandbox.Gcas;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Gcas.Adapters;

public class AddGcasAdaptersTests
{
    [Fact]
    public async Task The_adapters_deliver_gcas_status_and_email_and_run_the_poller_as_a_hosted_service()
    {
        await using var sandbox = await GcasSandboxEnvironment.StartAsync(seedSamples: false);
        using var directory = new TempDirectory();
        await using var services = Services(sandbox, directory)
            .AddSimulatedOci(new SimulatedCloud(TimeProvider.System, Options.Create(new SimulationOptions())))
            .AddGcasAdapters(Configuration(sandbox, directory))
            .BuildServiceProvider();

        var handlers = services.GetServices<IOutboxHandler>().Where(h => h is not IFallbackOutboxHandler).ToList();

        Assert.Equal([OutboxKinds.GcasStatus, OutboxKinds.Email], handlers.Select(h => h.Kind));
        Assert.IsType<GcasStatusHandler>(handlers[0]);
        Assert.IsType<RequesterEmailHandler>(handlers[1]);
        Assert.Same(services.GetRequiredService<GcasApplicationPoller>(), services.GetServices<IHostedService>().OfType<GcasApplicationPoller>().Single());
        Assert.NotNull(services.GetRequiredService<OutboxDispatcher>());
    }

    [Fact]
    public async Task Combined_with_the_simulated_gcas_and_mailbox_the_dispatcher_refuses_to_start()
    {
        await using var sandbox = await GcasSandboxEnvironment.StartAsync(seedSamples: false);
        using var directory = new TempDirectory();
        var configuration = Configuration(sandbox, directory);
        await using var services = Services(sandbox, directory).AddSimulatedCloud(configuration).AddGcasAdapters(configuration).BuildServiceProvider();

        var refusal = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<OutboxDispatcher>());
        Assert.Contains("gcas.status", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_backoff_settings_are_checked_at_start_by_their_keys()
    {
        var errors = new GcasOptionsValidator().Validate(null, new GcasOptions
        {
            BaseUrl = "https://gcas.example/api/",
            PollRetryBaseDelay = TimeSpan.FromMinutes(5),
            PollRetryMaxDelay = TimeSpan.FromMinutes(1),
        });

        Assert.True(errors.Failed);
        Assert.Contains("Gcas:PollRetryMaxDelay", errors.FailureMessage, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(GcasSandboxEnvironment sandbox, TempDirectory directory) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(sandbox.Configuration)
        {
            ["Storage:Path"] = directory.File("chatops.db"),
        }).Build();

    private static IServiceCollection Services(GcasSandboxEnvironment sandbox, TempDirectory directory) =>
        new ServiceCollection().AddLogging().AddProvisioning(Configuration(sandbox, directory));
}
