using ChatOps.Bot.Slack.Blocks;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// Rapid updates of one message (a progress card) collapse to the latest content: while an update waits for its
/// channel's turn, a newer one replaces it, and every caller whose content was superseded gets the result of
/// the update that carried the newer content.
/// </summary>
internal sealed class MessageUpdateCoalescer(SlackApiClient api, ChannelPacer pacer, ILogger<MessageUpdateCoalescer> logger)
{
    private readonly Dictionary<(string Channel, string Ts), Slot> _slots = [];
    private readonly Lock _gate = new();

    public Task<SlackApiResult<PostedMessage>> UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken = default)
    {
        var key = (channel, ts);
        TaskCompletionSource<SlackApiResult<PostedMessage>> waiters;
        var start = false;
        lock (_gate)
        {
            if (!_slots.TryGetValue(key, out var slot))
            {
                slot = new Slot();
                _slots[key] = slot;
            }

            slot.Next = message;
            slot.Waiters ??= new(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters = slot.Waiters;
            if (!slot.Running)
            {
                slot.Running = true;
                start = true;
            }
        }

        if (start)
        {
            _ = RunAsync(key);
        }

        return waiters.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync((string Channel, string Ts) key)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_slots[key].Next is null)
                {
                    _slots.Remove(key);
                    return;
                }
            }

            // Wait for the turn before taking the content, so whatever arrives meanwhile is what gets sent.
            await pacer.WaitTurnAsync(key.Channel, CancellationToken.None);
            SlackMessage message;
            TaskCompletionSource<SlackApiResult<PostedMessage>> waiters;
            lock (_gate)
            {
                var slot = _slots[key];
                message = slot.Next!;
                waiters = slot.Waiters!;
                slot.Next = null;
                slot.Waiters = null;
            }

            waiters.TrySetResult(await SendAsync(key, message));
        }
    }

    private async Task<SlackApiResult<PostedMessage>> SendAsync((string Channel, string Ts) key, SlackMessage message)
    {
        try
        {
            return await api.UpdateMessageUnpacedAsync(key.Channel, key.Ts, message, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Coalesced update of {Channel}/{Ts} failed", key.Channel, key.Ts);
            return SlackApiResult<PostedMessage>.Fail(new("chat.update", SlackApiError.InvalidResponse, 0, Messages: [ex.GetType().Name]));
        }
    }

    private sealed class Slot
    {
        public SlackMessage? Next { get; set; }

        public TaskCompletionSource<SlackApiResult<PostedMessage>>? Waiters { get; set; }

        public bool Running { get; set; }
    }
}
