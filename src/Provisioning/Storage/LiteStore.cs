using ChatOps.Provisioning.Audit;
using LiteDB;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// The one LiteDB database of the process (<c>Connection=direct</c>). Every write runs under one gate and in
/// one LiteDB transaction on one thread, with no await inside: a request change, its audit entries and its
/// outbox messages land together or not at all, and the audit chain is extended by one writer at a time.
/// LiteDB closes its engine for good after an I/O error (a full disk), so the store then reopens the file on
/// the next use: what was committed is in the file and its log, and writes work again once space is back.
/// </summary>
public sealed class LiteStore : IDisposable
{
    private readonly ConnectionString _connection;
    private readonly Lock _gate = new();
    private volatile LiteDatabase _database;
    private volatile bool _broken;
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
        _connection = new ConnectionString
        {
            Filename = settings.Path,
            Connection = ConnectionType.Direct,
            ReadOnly = settings.ReadOnly,
        };
        _database = new LiteDatabase(_connection);
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
            var database = Current();
            var context = new WriteContext(database, Time.GetUtcNow(), _auditHead);
            database.BeginTrans();
            try
            {
                var result = work(context);
                database.Commit();
                _auditHead = context.AuditHead;
                return result;
            }
            catch (Exception exception)
            {
                var failure = IoFailure(exception);
                try
                {
                    database.Rollback();
                }
                catch (Exception rollback) when (failure is not null && rollback is LiteException or IOException)
                {
                    // The engine closed itself on the I/O error (a rollback writes to the log as well): the
                    // transaction never committed, and the reopened file will not show it.
                }

                if (failure is not null)
                {
                    _broken = true;
                    throw Unavailable(failure);
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
        var database = _broken ? Reopened() : _database;
        try
        {
            return work(database);
        }
        catch (Exception exception) when (exception is LiteException or ObjectDisposedException && (_broken || !ReferenceEquals(database, _database)))
        {
            // A write on another thread hit an I/O error and the engine closed under this read: read the reopened file.
            return work(Reopened());
        }
    }

    /// <summary>Writes the log into the data file, so a copy of the data file alone is complete (backup).</summary>
    public void Checkpoint()
    {
        lock (_gate)
        {
            Current().Checkpoint();
        }
    }

    /// <summary>Runs <paramref name="work"/> while no write can start, e.g. to copy the data file consistently.</summary>
    public void Exclusive(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            Current().Checkpoint();
            work();
        }
    }

    public void Dispose() => Close(_database);

    private static Exception? IoFailure(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        { InnerException: { } inner } => IoFailure(inner),
        _ => null,
    };

    private static void Close(LiteDatabase database)
    {
        try
        {
            LiteTransactions.SuppressFinalizers(database);
            database.Dispose();
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            // A database whose engine stopped on an I/O error may fail to close cleanly; its log is replayed on open.
        }
    }

    private StoreUnavailableException Unavailable(Exception failure) =>
        new($"The data file {Path} could not be written: {failure.Message}", failure);

    private LiteDatabase Reopened()
    {
        lock (_gate)
        {
            return Current();
        }
    }

    // Called under the gate.
    private LiteDatabase Current()
    {
        if (!_broken)
        {
            return _database;
        }

        Close(_database);
        try
        {
            var database = new LiteDatabase(_connection);
            _auditHead = AuditChainReader.Head(database);
            _database = database;
            _broken = false;
            return database;
        }
        catch (Exception exception) when (IoFailure(exception) is { } failure)
        {
            throw Unavailable(failure);
        }
    }
}
