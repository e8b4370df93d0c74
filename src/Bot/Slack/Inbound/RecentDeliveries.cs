using System.Collections.Concurrent;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// The duplicate check of the ack path, in memory: the ack must not wait on the store, whose single write gate
/// is shared with the engine and the workers. Slack redelivers within minutes; whatever comes later (or after a
/// restart) is caught by the store's inbox, which the worker checks before it runs the handler.
/// </summary>
internal sealed class RecentDeliveries(SlackTuning tuning, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, long> _expiresAt = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>True for the first sighting of <paramref name="key"/> within the window; atomic per key.</summary>
    public bool TryAccept(string key)
    {
        var now = time.GetUtcNow().UtcTicks;
        Sweep(now);
        var expires = now + tuning.RecentDeliveryWindow.Ticks;
        while (true)
        {
            if (_expiresAt.TryAdd(key, expires))
            {
                return true;
            }

            if (_expiresAt.TryGetValue(key, out var until))
            {
                if (until > now)
                {
                    return false;
                }

                if (_expiresAt.TryUpdate(key, expires, until))
                {
                    return true;
                }
            }
        }
    }

    // Forget expired keys a few times per window, so memory follows the traffic of one window.
    private void Sweep(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (tuning.RecentDeliveryWindow.Ticks / 4), due) != due)
        {
            return;
        }

        foreach (var entry in _expiresAt)
        {
            if (entry.Value <= now)
            {
                _expiresAt.TryRemove(entry);
            }
        }
    }
}
