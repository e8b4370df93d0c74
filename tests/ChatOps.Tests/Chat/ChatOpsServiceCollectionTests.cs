using ChatOps.Bot.Chat;
using ChatOps.Bot.Chat.Connection;
using ChatOps.Bot.Chat.Notifier;
using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Operations;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Provisioning;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Workflow.Commands;
using ChatOps.Sandbox.Slack;
using ChatOps.Tests.Chat.Support;
using ChatOps.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatOps.Tests.Chat;

public class ChatOpsServiceCollectionTests
{
    [Fact]
    public async Task AddChatOps_takes_over_the_chat_outbox_kinds_the_authorizer_and_the_connection_status()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        using var directory = new TempDirectory();
        var configuration = Configuration(slack, directory);
        var services = new ServiceCollection().AddLogging();
        services.AddProvisioning(configuration);
        services.AddSimulatedCloud(configuration);
        services.AddSingleton<IOutboxHandler, LogRequestEventHandler>();
        services.AddSingleton<IOutboxHandler, LogOpsAlertHandler>();

        services.AddChatOps(configuration);
        await using var provider = services.BuildServiceProvider();

        var handlers = provider.GetServices<IOutboxHandler>().ToList();
        Assert.Equal(handlers.Count, handlers.Select(h => h.Kind).Distinct().Count());
        Assert.IsType<RequestEventNotifier>(handlers.Single(h => h.Kind == OutboxKinds.RequestEvent));
        Assert.IsType<OpsAlertNotifier>(handlers.Single(h => h.Kind == OutboxKinds.OpsAlert));
        Assert.IsType<SlackActorAuthorizer>(provider.GetRequiredService<IActorAuthorizer>());
        Assert.IsType<SlackConnectionStatus>(provider.GetRequiredService<IChatConnectionStatus>());
        Assert.Contains(provider.GetServices<IReadinessCheck>(), c => c is SlackReadiness);
        using var scope = provider.CreateScope();
        foreach (var verb in new[] { "help", "status", "list", "retry", "cancel", "audit", "stats", "verify", "anything-else" })
        {
            Assert.NotNull(scope.ServiceProvider.GetKeyedService<ISlashCommandHandler>(verb));
        }
    }

    [Fact]
    public async Task The_requests_channel_and_a_positive_anchor_interval_are_required_at_start()
    {
        await using var slack = await ChatOpsHost.SimulatorAsync();
        using var directory = new TempDirectory();
        var configuration = Configuration(slack, directory, new() { ["Slack:ChannelId"] = "", ["Slack:AuditAnchorInterval"] = "-00:01:00" });
        var services = new ServiceCollection().AddLogging();
        services.AddChatOps(configuration);
        await using var provider = services.BuildServiceProvider();

        var channel = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlackOptions>>().Value);
        var interval = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChatOpsOptions>>().Value);

        Assert.Contains(channel.Failures, f => f.StartsWith("Slack:ChannelId is required", StringComparison.Ordinal));
        Assert.Contains(interval.Failures, f => f.StartsWith("Slack:AuditAnchorInterval", StringComparison.Ordinal));
    }

    private static IConfiguration Configuration(SlackSimulator slack, TempDirectory directory, Dictionary<string, string?>? overrides = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(ChatOpsSettings.For(slack, SlackMode.SocketMode, directory.File("chatops.db"), overrides)).Build();
}
