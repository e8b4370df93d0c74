using ChatOps.Provisioning.Audit;
using Microsoft.Extensions.Options;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// Consistent copies of the data file. A copy is taken under the store's write gate after a checkpoint, so the
/// data file alone is complete (the log has been merged into it) and no write can land half-way through.
/// </summary>
public static class StoreBackup
{
    public static BackupResult Write(LiteStore store, string destination)
    {
        ArgumentNullException.ThrowIfNull(store);
        var target = Path.GetFullPath(destination);
        if (string.Equals(target, Path.GetFullPath(store.Path), StringComparison.Ordinal))
        {
            throw new ArgumentException("The backup must not overwrite the data file itself.", nameof(destination));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = target + ".partial";
        store.Exclusive(() => File.Copy(store.Path, temporary, overwrite: true));
        File.Move(temporary, target, overwrite: true);
        return Describe(target, store.Time);
    }

    /// <summary>Opens a copy read-only and checks its audit chain.</summary>
    public static BackupResult Describe(string path, TimeProvider time)
    {
        using var copy = new LiteStore(Options.Create(new StoreOptions { Path = path, ReadOnly = true }), time);
        var verification = new AuditTrail(copy).Verify();
        return new BackupResult(path, new FileInfo(path).Length, new RequestStore(copy).Count(), verification);
    }

    /// <summary>
    /// Replaces the data file with a backup. Only for a stopped bot: the caller makes sure nothing has the store open.
    /// The replaced file is kept beside it.
    /// </summary>
    public static string Restore(string backup, string dataFile, DateTimeOffset now)
    {
        var keptAs = $"{dataFile}.before-restore-{now:yyyyMMddHHmmss}";
        if (File.Exists(dataFile))
        {
            File.Move(dataFile, keptAs);
        }

        var log = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataFile))!, Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));
        if (File.Exists(log))
        {
            File.Move(log, keptAs + "-log");
        }

        File.Copy(backup, dataFile);
        return keptAs;
    }
}
