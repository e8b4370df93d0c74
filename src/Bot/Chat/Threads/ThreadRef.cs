namespace ChatOps.Bot.Chat.Threads;

/// <summary>
/// Where a request's thread lives (the parent card's channel and ts), and the id of the last outbox message
/// whose line is already in the thread, so a redelivery never posts a line twice. <see cref="CardHash"/> is the
/// hash of the card as last sent, so an update that would change nothing is not sent at all.
/// </summary>
internal sealed record ThreadRef(string RequestId, string Channel, string Ts, long LastEventId, string? CardHash = null);
