using System.Collections.Concurrent;

namespace ChatOps.Bot.Slack.Api;

/// <summary>Counters of what went wrong talking to Slack, for logs now and metrics and readiness later.</summary>
internal sealed class SlackStats
{
    private readonly ConcurrentDictionary<string, long> _errorsByCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Method, string Code), long> _errorsByMethod = new();
    private readonly ConcurrentDictionary<string, long> _rateLimitedByMethod = new(StringComparer.Ordinal);
    private long _rateLimited;
    private long _apiErrors;
    private long _transportErrors;
    private long _duplicates;
    private long _queueRejected;

    public void RateLimitedResponse(string method)
    {
        Interlocked.Increment(ref _rateLimited);
        _rateLimitedByMethod.AddOrUpdate(method, 1, (_, n) => n + 1);
    }

    public void ApiError(string method, string code)
    {
        Interlocked.Increment(ref _apiErrors);
        _errorsByCode.AddOrUpdate(code, 1, (_, n) => n + 1);
        _errorsByMethod.AddOrUpdate((method, code), 1, (_, n) => n + 1);
    }

    /// <summary>API errors by method and error code, for the metrics.</summary>
    public IReadOnlyList<(string Method, string Code, long Count)> ErrorsByMethod() => [.. _errorsByMethod.Select(p => (p.Key.Method, p.Key.Code, p.Value))];

    /// <summary>HTTP 429 answers by method, for the metrics.</summary>
    public IReadOnlyList<(string Method, long Count)> RateLimitedByMethod() => [.. _rateLimitedByMethod.Select(p => (p.Key, p.Value))];

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
