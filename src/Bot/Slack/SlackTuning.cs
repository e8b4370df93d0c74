namespace ChatOps.Bot.Slack;

/// <summary>
/// Timings and sizes of the platform layer. Not part of the operator configuration: the defaults follow Slack's
/// documented limits and the official clients; tests pass smaller values to <c>AddSlack</c>.
/// </summary>
internal sealed record SlackTuning
{
    // Slack gives 3 s including the network; leave room for the round trip.
    public TimeSpan AckBudget { get; init; } = TimeSpan.FromSeconds(2);

    public int MaxBodyBytes { get; init; } = 256 * 1024;

    public TimeSpan SignatureWindow { get; init; } = TimeSpan.FromMinutes(5);

    public int Workers { get; init; } = 4;

    public int QueueCapacity { get; init; } = 256;

    // In-memory duplicate check on the ack path: Slack's retries come within minutes (HTTP: at once, 1 and 5 min).
    public TimeSpan RecentDeliveryWindow { get; init; } = TimeSpan.FromMinutes(10);

    // Long enough to cover Events API retries (up to 5 min, or hourly for 24 h with delayed events).
    public TimeSpan DedupeRetention { get; init; } = TimeSpan.FromHours(25);

    public TimeSpan ChannelPostInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int MaxRateLimitRetries { get; init; } = 3;

    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    public int SocketConnections { get; init; } = 2;

    public TimeSpan SocketStagger { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(15);

    // No data frame for this long: open a replacement and retire the quiet socket (it may be half-open).
    public TimeSpan SocketIdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    // WebSocket ping/pong: the runtime aborts the socket when a pong does not come back in time.
    public TimeSpan SocketPingInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan SocketPingTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan TooManyWebsocketsDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan SocketCloseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public int MaxSocketMessageBytes { get; init; } = 1024 * 1024;
}
