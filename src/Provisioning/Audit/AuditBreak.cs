namespace ChatOps.Provisioning.Audit;

public sealed record AuditBreak(long Sequence, AuditBreakKind Kind, string Detail);
