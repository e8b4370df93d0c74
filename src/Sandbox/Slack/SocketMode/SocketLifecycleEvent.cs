namespace ChatOps.Sandbox.Slack.SocketMode;

/// <summary>One step in the life of a Socket Mode connection, numbered in the order it happened.</summary>
public sealed record SocketLifecycleEvent(long Sequence, int ConnectionId, SocketLifecycleKind Kind, string? Detail = null);
