namespace ChatOps.Provisioning.Audit;

/// <summary>The result of checking the whole chain: the first break found, if any, and the head reached.</summary>
public sealed record AuditVerification(long EntriesChecked, long HeadSequence, string HeadHash, AuditBreak? FirstBreak)
{
    public bool IsIntact => FirstBreak is null;
}
