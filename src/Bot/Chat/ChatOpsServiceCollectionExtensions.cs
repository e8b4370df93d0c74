using ChatOps.Bot.Chat.Anchor;
using ChatOps.Bot.Chat.Connection;
using ChatOps.Bot.Chat.Home;
using ChatOps.Bot.Chat.Notifier;
using ChatOps.Bot.Chat.Requests;
using ChatOps.Bot.Chat.Roles;
using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Commands;
using ChatOps.Bot.Interactions;
using ChatOps.Bot.Operations;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Provisioning.Notifications;
using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Workflow.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat;

/// <summary>
/// <c>services.AddChatOps(configuration)</c>: the Slack platform layer and the whole ChatOps experience on top of
/// the provisioning core (<c>AddProvisioning</c> plus the cloud ports are added by the host). It takes over the
/// <c>request.event</c> and <c>ops.alert</c> outbox kinds and replaces the core's configured authorizer with one
/// that knows Slack user groups.
/// </summary>
internal static class ChatOpsServiceCollectionExtensions
{
    public static IServiceCollection AddChatOps(this IServiceCollection services, IConfiguration configuration, SlackTuning? slackTuning = null, ChatTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSlack(configuration, slackTuning);
        services.AddSingleton<IValidateOptions<SlackOptions>, ChatOpsSlackOptionsValidator>();
        services.AddOptions<ChatOpsOptions>().Bind(configuration.GetSection(ChatOpsOptions.Section))
            .Validate(o => o.AuditAnchorInterval > TimeSpan.Zero, "Slack:AuditAnchorInterval must be a positive time span such as 01:00:00.")
            .ValidateOnStart();
        services.AddSingleton(tuning ?? new ChatTuning());
        services.AddSingleton(sp => ChatTexts.For(sp.GetRequiredService<IOptions<SlackOptions>>().Value.Language));

        services.AddSingleton<ThreadMap>();
        services.AddSingleton<RequestLookup>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<RoleDirectory>();
        services.RemoveAll<IActorAuthorizer>();
        services.AddSingleton<IActorAuthorizer, SlackActorAuthorizer>();
        services.AddSingleton<HomePublisher>();

        // The log handlers stand in when there is no chat; two handlers of one kind would stop the outbox.
        foreach (var log in services.Where(d => d.ServiceType == typeof(IOutboxHandler) && !d.IsKeyedService
            && (d.ImplementationType == typeof(LogRequestEventHandler) || d.ImplementationType == typeof(LogOpsAlertHandler))).ToList())
        {
            services.Remove(log);
        }

        services.AddSingleton<IOutboxHandler, RequestEventNotifier>();
        services.AddSingleton<IOutboxHandler, OpsAlertNotifier>();

        services.AddSingleton<AuditAnchorService>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditAnchorService>());
        services.AddSingleton<SlackConnectionStatus>();
        services.AddSingleton<IChatConnectionStatus>(sp => sp.GetRequiredService<SlackConnectionStatus>());
        services.AddHostedService(sp => sp.GetRequiredService<SlackConnectionStatus>());
        services.AddSingleton<IReadinessCheck, SlackReadiness>();

        services.AddScoped<RequestActions>();
        services.AddScoped<ActionPreflight>();
        AddHandlers(services);
        return services;
    }

    private static void AddHandlers(IServiceCollection services)
    {
        services.AddSlackCommand<HelpCommand>(HelpCommand.Verb);
        services.AddSlackCommand<StatusCommand>(StatusCommand.Verb);
        services.AddSlackCommand<ListCommand>(ListCommand.Verb);
        services.AddSlackCommand<RetryCommand>(RetryCommand.Verb);
        services.AddSlackCommand<CancelCommand>(CancelCommand.Verb);
        services.AddSlackCommand<AuditCommand>(AuditCommand.Verb);
        services.AddSlackCommand<StatsCommand>(StatsCommand.Verb);
        services.AddSlackCommand<VerifyCommand>(VerifyCommand.Verb);

        // Any other verb gets the help, with a word about what was not understood.
        services.AddKeyedScoped<ISlashCommandHandler, HelpCommand>(KeyedService.AnyKey);

        services.AddSlackAction<ApproveButton>(ApproveButton.ActionId);
        services.AddSlackAction<RejectButton>(RejectButton.ActionId);
        services.AddSlackAction<CredentialsButton>(CredentialsButton.ActionId);
        services.AddSlackAction<RetryButton>(RetryButton.ActionId);
        services.AddSlackAction<CancelButton>(CancelButton.ActionId);
        services.AddSlackView<RejectModal>(RejectModal.CallbackId);
        services.AddSlackView<CredentialsModal>(CredentialsModal.CallbackId);
        services.AddSlackEvent<AppHomeOpenedHandler>(AppHomeOpenedHandler.EventType);
    }
}
