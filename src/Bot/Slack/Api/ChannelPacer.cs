namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// Slack allows about one message per second per channel (short bursts aside). Each call reserves the next free
/// slot of its channel at once, so callers are served in order and the wait is known when the call starts.
/// </summary>
internal sealed class ChannelPacer(TimeProvider time, SlackTuning tuning)
{
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _nextSlot.TryGetValue(channel, out var next) && next > now ? next : now;
            _nextSlot[channel] = slot + tuning.ChannelPostInterval;
            if (_nextSlot.Count > 4096)
            {
                Forget(now);
            }
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var stale in _nextSlot.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _nextSlot.Remove(stale);
        }
    }
}
