namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// For readiness: <see cref="Connected"/> sockets that said hello and are open; <see cref="Disabled"/> when Slack
/// turned Socket Mode off for the app (<c>link_disabled</c>) and the service stopped.
/// </summary>
internal sealed record SocketModeStatus(int Connected, bool Disabled, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastHelloAt, long Connects);
