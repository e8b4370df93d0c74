using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Dispatch;
using ChatOps.Bot.Slack.Http;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Slack.Signing;
using ChatOps.Bot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// <c>services.AddSlack(configuration)</c> wires the platform layer; handlers are added one call each, keyed by
/// the const their type declares, e.g. <c>services.AddSlackCommand&lt;StatusCommand&gt;(StatusCommand.Verb)</c>.
/// The host provides <see cref="ChatOps.Provisioning.Audit.IAuditTrail"/> and <see cref="ChatOps.Provisioning.Storage.IInbox"/>.
/// </summary>
internal static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration, SlackTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.Section);
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(tuning ?? new SlackTuning());

        services.AddHttpClient(SlackApiTransport.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<SlackStats>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackApiTransport>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<MessageUpdateCoalescer>();

        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackAuditWriter>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<RecentDeliveries>();
        services.AddSingleton<SlackIngress>();
        services.AddSingleton<SlackHttpReceiver>();
        services.AddSingleton<SlackResponder>();
        services.AddScoped<SlackDispatcher>();
        services.AddHostedService<SlackWorkerService>();

        services.AddSingleton<SocketModeState>();
        if (section.GetValue(nameof(SlackOptions.Mode), SlackMode.SocketMode) == SlackMode.SocketMode)
        {
            services.AddSingleton<SocketEnvelopeHandler>();
            services.AddSingleton<SocketModeConnector>();
            services.AddSingleton(sp => new ReconnectBackoff(sp.GetRequiredService<SlackTuning>(), Random.Shared.NextDouble));
            services.AddHostedService<SocketModeService>();
        }

        return services;
    }

    public static IServiceCollection AddSlackCommand<THandler>(this IServiceCollection services, string verb)
        where THandler : class, ISlashCommandHandler =>
        services.AddKeyedScoped<ISlashCommandHandler, THandler>(verb.ToLowerInvariant());

    public static IServiceCollection AddSlackAction<THandler>(this IServiceCollection services, string actionId)
        where THandler : class, IBlockActionHandler =>
        services.AddKeyedScoped<IBlockActionHandler, THandler>(actionId);

    public static IServiceCollection AddSlackView<THandler>(this IServiceCollection services, string callbackId)
        where THandler : class, IViewSubmissionHandler =>
        services.AddKeyedScoped<IViewSubmissionHandler, THandler>(callbackId);

    public static IServiceCollection AddSlackEvent<THandler>(this IServiceCollection services, string eventType)
        where THandler : class, ISlackEventHandler =>
        services.AddKeyedScoped<ISlackEventHandler, THandler>(eventType);
}
