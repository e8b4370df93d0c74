using System.Collections.Concurrent;

namespace ChatOps.Provisioning.Common;

/// <summary>
/// One async lock per key (a request id), shared by the engine and the command service, so a step and a
/// human action never work on one request at the same time. Entries are removed when nobody holds or waits.
/// </summary>
public sealed class KeyedLocks
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var entry = Retain(key);
        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
            return new Lease(this, key, entry);
        }
        catch
        {
            Release(key, entry);
            throw;
        }
    }

    /// <summary>Takes the lock only if it is free right now.</summary>
    public bool TryAcquire(string key, out IDisposable? lease)
    {
        var entry = Retain(key);
        if (entry.Semaphore.Wait(0))
        {
            lease = new Lease(this, key, entry);
            return true;
        }

        Release(key, entry);
        lease = null;
        return false;
    }

    public bool IsHeld(string key) => _entries.TryGetValue(key, out var entry) && entry.Semaphore.CurrentCount == 0;

    private Entry Retain(string key)
    {
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry());
            lock (entry)
            {
                if (!entry.Removed)
                {
                    entry.References++;
                    return entry;
                }
            }
        }
    }

    private void Release(string key, Entry entry)
    {
        lock (entry)
        {
            entry.References--;
            if (entry.References == 0)
            {
                entry.Removed = true;
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int References { get; set; }

        public bool Removed { get; set; }
    }

    private sealed class Lease(KeyedLocks owner, string key, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                owner.Release(key, entry);
            }
        }
    }
}
