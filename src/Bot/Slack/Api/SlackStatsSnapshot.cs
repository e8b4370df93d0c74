namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// <see cref="RateLimited"/> counts HTTP 429 answers (each retry too); <see cref="ApiErrors"/> counts calls that
/// ended with <c>ok:false</c> or an HTTP error; duplicates and queue rejections are inbound deliveries.
/// </summary>
internal sealed record SlackStatsSnapshot(
    long RateLimited,
    long ApiErrors,
    long TransportErrors,
    long DuplicatesIgnored,
    long QueueRejected,
    IReadOnlyDictionary<string, long> ErrorsByCode);
