namespace ChatOps.Provisioning.Workflow.Engine;

/// <summary>
/// Spaces the polls of one step across all requests so that together they stay within the step's
/// <see cref="StepPolicy.MaxPollsPerSecond"/>. Every request's wait alone is reasonable, but a wave of five hundred
/// tenancies polled once a minute asks OCI for more than its rate limit allows, and those polls then queue in the
/// client's limiter ahead of real work. Each wait reserves the next free slot of its step instead: one request is
/// polled as its step says, many are polled in turn, none more often than its poll interval.
/// </summary>
public sealed class PollPacer
{
    private readonly Dictionary<RequestState, DateTimeOffset> _lastSlot = [];
    private readonly Lock _lock = new();

    /// <summary>The poll time for a request of <paramref name="state"/> that wants to look again at <paramref name="due"/>.</summary>
    public DateTimeOffset Reserve(RequestState state, DateTimeOffset due, StepPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.MaxPollsPerSecond is not { } perSecond || perSecond <= 0)
        {
            return due;
        }

        var spacing = TimeSpan.FromSeconds(1 / perSecond);
        lock (_lock)
        {
            var slot = _lastSlot.TryGetValue(state, out var last) && last + spacing > due ? last + spacing : due;
            _lastSlot[state] = slot;
            return slot;
        }
    }
}
