using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Blocks;
using ChatOps.Bot.Slack.Payloads;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// The common front door of both transports: drop redeliveries, queue the work, and return what the ack carries.
/// Clicks and events are acknowledged at once; slash commands and view submissions wait for the handler's
/// answer at most <see cref="SlackTuning.AckBudget"/>, so Slack's 3-second limit always holds. Nothing here
/// waits on the store: redeliveries are recognised in memory (<see cref="RecentDeliveries"/>), and the worker
/// checks the store's inbox after the ack.
/// </summary>
internal sealed class SlackIngress(
    RecentDeliveries recent,
    SlackWorkQueue queue,
    SlackStats stats,
    SlackTuning tuning,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackIngress> logger)
{
    public async Task<JsonObject?> ReceiveAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (IsDuplicate(request))
        {
            stats.Duplicate();
            logger.LogInformation(
                "Ignored a redelivered {Payload} ({Transport}, retry {Retry} {Reason})",
                request.Payload.GetType().Name, request.Delivery.Transport, request.Delivery.RetryAttempt, request.Delivery.RetryReason);
            return null;
        }

        var ack = new AckSignal();
        var answersInAck = request.Payload is SlashCommand or ViewSubmission;
        if (!answersInAck)
        {
            ack.TryAnswer(null);
        }

        if (!queue.TryEnqueue(new SlackWorkItem(request, ack)))
        {
            stats.QueueRejected();
            logger.LogWarning("Slack work queue is full; refused a {Payload}", request.Payload.GetType().Name);
            return request.Payload is SlashCommand ? SlackReply.Ephemeral(SlackLayerTexts.For(options.Value.Language).Busy).ToJson() : null;
        }

        return answersInAck ? await ack.WaitAsync(tuning.AckBudget, time, cancellationToken) : null;
    }

    private bool IsDuplicate(SlackRequest request) => DedupeKeys.Of(request).Any(key => !recent.TryAccept(key));
}
