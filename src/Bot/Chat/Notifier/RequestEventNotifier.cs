using ChatOps.Bot.Chat.Texts;
using ChatOps.Bot.Chat.Threads;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Views;
using ChatOps.Provisioning.Outbox;
using ChatOps.Provisioning.Storage;
using ChatOps.Provisioning.Workflow.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Chat.Notifier;

/// <summary>
/// One thread per application. <c>Created</c> posts the card in <c>Slack:ChannelId</c> and records where it
/// lives; every later event adds its line to the thread and re-renders the card from the stored request. The
/// outbox delivers at least once and in order per request, so every step is made safe to repeat: the card is
/// posted only while no thread is recorded, and a line only when the thread does not have it yet.
/// </summary>
internal sealed class RequestEventNotifier(
    RequestStore requests,
    OutboxStore outbox,
    ThreadMap threads,
    SlackApiClient api,
    MessageUpdateCoalescer coalescer,
    ChatTexts texts,
    IOptions<SlackOptions> options,
    ChatTuning tuning,
    TimeProvider time,
    ILogger<RequestEventNotifier> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.RequestEvent;

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var e = ProvisioningJson.Deserialize<RequestEvent>(message.Payload);
        if (requests.Get(e.RequestId) is not { } request)
        {
            logger.LogWarning("Event {Kind} for unknown request {RequestId} dropped", e.Kind, e.RequestId);
            return DeliveryResult.Delivered;
        }

        var thread = threads.Get(request.Id);
        if (thread is null)
        {
            var rendered = RequestCard.Render(request, texts, time.GetUtcNow());
            var card = await api.PostMessageAsync(options.Value.ChannelId, rendered, cancellationToken: cancellationToken);
            if (!card.IsOk)
            {
                return DeliveryMapping.Map(card.Error, tuning, logger, $"the card of {request.Id}");
            }

            // The card shows the request as it is now, so the creation itself needs no line and the card no update.
            thread = threads.Record(request.Id, card.Value.Channel, card.Value.Ts, e.Kind == RequestEventKind.Created ? message.Id : 0, CardHash.Of(rendered));
            if (e.Kind == RequestEventKind.Created)
            {
                return DeliveryResult.Delivered;
            }
        }

        if (message.Id > thread.LastEventId && e.Kind != RequestEventKind.Created)
        {
            var line = await api.PostMessageAsync(thread.Channel, ThreadLine.Render(e, texts), thread.Ts, cancellationToken);
            if (!line.IsOk)
            {
                return DeliveryMapping.Map(line.Error, tuning, logger, $"a line of {request.Id}");
            }

            threads.MarkPosted(request.Id, message.Id);
        }

        return await RefreshCardAsync(request.Id, thread, message.Id, cancellationToken);
    }

    private async Task<DeliveryResult> RefreshCardAsync(string requestId, ThreadRef thread, long eventId, CancellationToken cancellationToken)
    {
        // A later event of this request is already waiting, and its delivery renders the card as it will be then.
        if (outbox.ForRequest(requestId).Any(m => m.Kind == OutboxKinds.RequestEvent && m.Status == OutboxStatus.Pending && m.Id > eventId))
        {
            return DeliveryResult.Delivered;
        }

        var card = RequestCard.Render(requests.Get(requestId)!, texts, time.GetUtcNow());
        var hash = CardHash.Of(card);
        if (hash == thread.CardHash)
        {
            return DeliveryResult.Delivered;
        }

        var updated = await coalescer.UpdateAsync(thread.Channel, thread.Ts, card, cancellationToken);
        if (updated.IsOk)
        {
            threads.MarkCard(requestId, hash);
            return DeliveryResult.Delivered;
        }

        if (DeliveryMapping.IsLostMessage(updated.Error))
        {
            logger.LogWarning("The card of {RequestId} ({Channel}/{Ts}) can no longer be updated: {Error}", requestId, thread.Channel, thread.Ts, updated.Error.Code);
            return DeliveryResult.Delivered;
        }

        return DeliveryMapping.Map(updated.Error, tuning, logger, $"the card of {requestId}");
    }
}
