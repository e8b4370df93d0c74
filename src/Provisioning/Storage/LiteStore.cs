using ChatOps.Provisioning.Audit;
using LiteDB;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// The one LiteDB database of the process (<c>Connection=direct</c>). Every write runs under one gate and in
/// one LiteDB transaction on one thread, with no await inside: a request change, its audit entries and its
/// outbox messages land together or not at all, and the audit chain is extended by one writer at a time.
/// </summary>
public sealed class LiteStore : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly Lock _gate = new();
    private (long Sequence, string Hash) _auditHead;

    public LiteStore(IOptions<StoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Time = time;
        var settings = options.Value;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.Path));
        if (!settings.ReadOnly && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        Path = settings.Path;
        _database = new LiteDatabase(new ConnectionString
        {
            Filename = settings.Path,
            Connection = ConnectionType.Direct,
            ReadOnly = settings.ReadOnly,
        });
        if (!settings.ReadOnly)
        {
            StoreSchema.EnsureIndexes(_database);
        }

        _auditHead = AuditChainReader.Head(_database);
    }

    public TimeProvider Time { get; }

    public string Path { get; }

    /// <summary>Sequence and hash of the last audit entry (0 and the genesis hash when the trail is empty).</summary>
    public (long Sequence, string Hash) AuditHead
    {
        get
        {
            lock (_gate)
            {
                return _auditHead;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> as one transaction under the write gate.</summary>
    public T Write<T>(Func<WriteContext, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            var context = new WriteContext(_database, Time.GetUtcNow(), _auditHead);
            _database.BeginTrans();
            try
            {
                var result = work(context);
                _database.Commit();
                _auditHead = context.AuditHead;
                return result;
            }
            catch (Exception exception)
            {
                _database.Rollback();
                if (exception is IOException or UnauthorizedAccessException)
                {
                    throw new StoreUnavailableException($"The data file {Path} could not be written: {exception.Message}", exception);
                }

                throw;
            }
        }
    }

    /// <summary>Writes a tiny marker: proof that the data file takes writes (readiness, doctor).</summary>
    public void Probe() => Write(context =>
        context.Database.GetCollection("health").Upsert(new BsonDocument { ["_id"] = "probe", ["Ticks"] = context.Now.UtcTicks }));

    public T Read<T>(Func<ILiteDatabase, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work(_database);
    }

    /// <summary>Writes the log into the data file, so a copy of the data file alone is complete (backup).</summary>
    public void Checkpoint()
    {
        lock (_gate)
        {
            _database.Checkpoint();
        }
    }

    /// <summary>Runs <paramref name="work"/> while no write can start, e.g. to copy the data file consistently.</summary>
    public void Exclusive(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            _database.Checkpoint();
            work();
        }
    }

    public void Dispose() => _database.Dispose();
}
