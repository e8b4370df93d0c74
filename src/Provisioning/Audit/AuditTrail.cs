using ChatOps.Provisioning.Storage;

namespace ChatOps.Provisioning.Audit;

/// <summary>The audit trail over the store: appends go through the store's single writer, reads stream the chain.</summary>
public sealed class AuditTrail(LiteStore store) : IAuditTrail
{
    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        store.Write(context => context.Append(record));
        return Task.CompletedTask;
    }

    public (long Sequence, string Hash) Head => store.AuditHead;

    public IReadOnlyList<AuditEntry> ForRequest(string requestId) => store.Read(db => AuditChainReader.ForRequest(db, requestId).ToList());

    /// <summary>Streams every entry in order to <paramref name="visit"/> without holding them all in memory.</summary>
    public void ForEach(Action<AuditEntry> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        store.Read(db =>
        {
            foreach (var entry in AuditChainReader.All(db))
            {
                visit(entry);
            }

            return true;
        });
    }

    public AuditVerification Verify(IReadOnlyList<AuditAnchor>? anchors = null)
    {
        var verifier = new AuditVerifier(anchors ?? []);
        ForEach(verifier.Visit);
        return verifier.Conclude();
    }
}
