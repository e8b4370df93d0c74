namespace ChatOps.Provisioning.Outbox;

public sealed record OutboxStats(int Pending, IReadOnlyDictionary<string, int> PendingByKind, TimeSpan OldestPendingAge, int Dead);
