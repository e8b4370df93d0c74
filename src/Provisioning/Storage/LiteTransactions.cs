using System.Collections;
using System.Reflection;
using LiteDB;

namespace ChatOps.Provisioning.Storage;

/// <summary>
/// LiteDB's transactions have a finalizer that discards their dirty pages. Once the engine has stopped on an I/O
/// error (a full disk) that throws ("discarded page must be writable"), and an exception on the finalizer thread
/// ends the process. So before the store closes an engine it takes the engine's transactions off the finalizer
/// queue; closing disposes the ones it can. The field names are those of the pinned LiteDB 5.0 release; if they
/// change this does nothing, and the disk-full tests show the crash again.
/// </summary>
internal static class LiteTransactions
{
    public static void SuppressFinalizers(LiteDatabase database)
    {
        var monitor = Field(Field(database, "_engine"), "_monitor");
        if (Field(monitor, "_transactions") is not IDictionary transactions)
        {
            return;
        }

        // LiteDB guards the dictionary with a lock on itself.
        lock (transactions)
        {
            foreach (var transaction in transactions.Values.Cast<object>().ToList())
            {
                GC.SuppressFinalize(transaction);
            }
        }
    }

    private static object? Field(object? owner, string name) =>
        owner?.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(owner);
}
