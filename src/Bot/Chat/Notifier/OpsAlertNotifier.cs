using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Operations;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Notifier;

/// <summary>Watchdog alerts to <c>Slack:OpsChannelId</c> (else the requests channel), with a link to the request's thread.</summary>
internal sealed class OpsAlertNotifier(
    ThreadMap threads,
    SlackApiClient api,
    ChatTexts texts,
    IOptions<SlackOptions> options,
    ChatTuning tuning,
    ILogger<OpsAlertNotifier> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.OpsAlert;

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var alert = ProvisioningJson.Deserialize<OpsAlert>(message.Payload);
        var text = texts.Format(alert.Kind == OpsAlertKind.Restarted ? "ops.info" : "ops.alert", SlackText.Escape(alert.Text(texts.Language)));
        if (alert.RequestId is { } requestId && threads.Get(requestId) is { } thread)
        {
            text += " · " + ThreadLink.Markdown(thread.Channel, thread.Ts, texts);
        }

        var channel = options.Value.OpsChannelId is { Length: > 0 } ops ? ops : options.Value.ChannelId;
        var posted = await api.PostMessageAsync(channel, new SlackMessage(text, [SectionBlock.Markdown(text)]), cancellationToken: cancellationToken);
        return posted.IsOk ? DeliveryResult.Delivered : DeliveryMapping.Map(posted.Error, tuning, logger, $"the {alert.Kind} alert");
    }
}
