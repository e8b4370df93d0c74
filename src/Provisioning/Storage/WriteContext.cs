using ChatOps.Provisioning.Audit;
using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>What a write sees: the database inside the open transaction, the time of the write, and the audit chain head.</summary>
public sealed class WriteContext
{
    internal WriteContext(ILiteDatabase database, DateTimeOffset now, (long Sequence, string Hash) auditHead)
    {
        Database = database;
        Now = now;
        AuditHead = auditHead;
    }

    public DateTimeOffset Now { get; }

    /// <summary>The database inside the open transaction, for collections owned by other parts (e.g. the chat layer's thread map).</summary>
    public ILiteDatabase Database { get; }

    internal (long Sequence, string Hash) AuditHead { get; private set; }

    /// <summary>Appends one entry to the hash chain in this transaction.</summary>
    public AuditEntry Append(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sequence = AuditHead.Sequence + 1;
        var time = AuditHasher.FormatTime(Now);
        var details = AuditHasher.CanonicalDetails(record.Details);
        var actor = record.Actor;
        var hash = AuditHasher.Compute(sequence, time, actor.Kind, actor.Id, actor.DisplayName, record.Action, record.RequestId, details, AuditHead.Hash);
        var entry = new AuditEntry(sequence, time, actor.Kind, actor.Id, actor.DisplayName, record.Action, record.RequestId, details, AuditHead.Hash, hash);
        Database.GetCollection(StoreSchema.Audit).Insert(AuditDocuments.ToDocument(entry));
        AuditHead = (sequence, hash);
        return entry;
    }
}
