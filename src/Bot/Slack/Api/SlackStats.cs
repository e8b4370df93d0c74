using System.Collections.Concurrent;

namespace ChatOps.Bot.Slack.Api;

/// <summary>Counters of what went wrong talking to Slack, for logs now and metrics and readiness later.</summary>
internal sealed class SlackStats
{
    private readonly ConcurrentDictionary<string, long> _errorsByCode = new(StringComparer.Ordinal);
    private long _rateLimited;
    private long _apiErrors;
    private long _transportErrors;
    private long _duplicates;
    private long _queueRejected;

    public void RateLimitedResponse() => Interlocked.Increment(ref _rateLimited);

    public void ApiError(string code)
    {
        Interlocked.Increment(ref _apiErrors);
        _errorsByCode.AddOrUpdate(code, 1, (_, n) => n + 1);
    }

    public void TransportError() => Interlocked.Increment(ref _transportErrors);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void QueueRejected() => Interlocked.Increment(ref _queueRejected);

    public SlackStatsSnapshot Snapshot() => new(
        Interlocked.Read(ref _rateLimited),
        Interlocked.Read(ref _apiErrors),
        Interlocked.Read(ref _transportErrors),
        Interlocked.Read(ref _duplicates),
        Interlocked.Read(ref _queueRejected),
        new Dictionary<string, long>(_errorsByCode, StringComparer.Ordinal));
}
