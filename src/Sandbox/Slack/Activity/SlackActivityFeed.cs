using System.Runtime.CompilerServices;

namespace ChatOps.Sandbox.Slack.Activity;

/// <summary>Everything the bot posted, updated or opened, in order; awaitable and streamable (tests, the sandbox page).</summary>
public sealed class SlackActivityFeed(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<SlackActivity> _history = [];
    private readonly ChangeSignal _changed = new();

    public IReadOnlyList<SlackActivity> History
    {
        get
        {
            lock (_gate)
            {
                return _history.ToList();
            }
        }
    }

    /// <summary>The whole history, then every new activity as it happens, until cancelled.</summary>
    public async IAsyncEnumerable<SlackActivity> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var index = 0;
        while (true)
        {
            SlackActivity? next = null;
            await _changed.WaitUntilAsync(() => TryGet(index, out next), cancellationToken);
            index++;
            yield return next!;
        }
    }

    /// <summary>The first activity (past or future) that matches.</summary>
    public async Task<SlackActivity> WaitForAsync(Func<SlackActivity, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        SlackActivity? found = null;
        await _changed.WaitUntilAsync(() => (found = History.FirstOrDefault(match)) is not null, cancellationToken);
        return found!;
    }

    internal SlackActivity Add(Func<long, DateTimeOffset, SlackActivity> create)
    {
        SlackActivity activity;
        lock (_gate)
        {
            activity = create(_history.Count + 1, time.GetUtcNow());
            _history.Add(activity);
        }

        _changed.Notify();
        return activity;
    }

    private bool TryGet(int index, out SlackActivity? activity)
    {
        lock (_gate)
        {
            activity = index < _history.Count ? _history[index] : null;
            return activity is not null;
        }
    }
}
