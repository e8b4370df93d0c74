using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ChatOps.Bench.Support;
using ChatOps.Provisioning.Audit;
using ChatOps.Provisioning.Storage;
using Microsoft.Extensions.Options;

namespace ChatOps.Bench.Audit;

/// <summary>
/// Appends per second to the hash-chained trail (one transaction per entry, as the bot writes), and the time
/// `audit verify` needs for a trail of a million entries.
/// </summary>
internal sealed class AuditBenchmark : IBenchmark
{
    public string Name => "audit";

    public string Description => "appends per second to the hash-chained log; verify time for 1 million entries";

    public Task<BenchResult> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var singles = arguments.Int("appends", 20_000);
        var total = arguments.Int("entries", 1_000_000);
        var directory = Path.Combine(Path.GetTempPath(), "chatops-bench-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            using var store = new LiteStore(Options.Create(new StoreOptions { Path = Path.Combine(directory, "audit.db") }), TimeProvider.System);
            var trail = new AuditTrail(store);

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < singles; i++)
            {
                var record = Record(i);
                store.Write(context => context.Append(record));
            }

            var perSecond = singles / watch.Elapsed.TotalSeconds;

            // Fill the rest in batches: only the verify time of a million-entry trail is measured from here on.
            for (var written = singles; written < total; written += 5_000)
            {
                var start = written;
                var count = Math.Min(5_000, total - written);
                store.Write(context =>
                {
                    for (var i = start; i < start + count; i++)
                    {
                        context.Append(Record(i));
                    }

                    return count;
                });
            }

            store.Checkpoint();
            watch.Restart();
            var verification = trail.Verify();
            var verifySeconds = watch.Elapsed.TotalSeconds;
            var fileMb = new FileInfo(store.Path).Length / 1024d / 1024d;
            return Task.FromResult(new BenchResult("audit: hash-chained trail", [
                new BenchRow("single-entry appends (one transaction each)", $"{perSecond.ToString("N0", CultureInfo.InvariantCulture)} /s"),
                new BenchRow("entries verified", verification.EntriesChecked.ToString("N0", CultureInfo.InvariantCulture)),
                new BenchRow("audit verify time", $"{verifySeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"),
                new BenchRow("verify throughput", $"{(verification.EntriesChecked / verifySeconds).ToString("N0", CultureInfo.InvariantCulture)} entries/s"),
                new BenchRow("chain intact", verification.IsIntact ? "yes" : "NO", "yes", verification.IsIntact),
                new BenchRow("data file size", $"{fileMb.ToString("0", CultureInfo.InvariantCulture)} MB"),
            ]));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static AuditRecord Record(int i) => new(
        Actor.Human("U0123ABCD", "承認 太郎"),
        "request.approved",
        $"PR-{i % 500}",
        new JsonObject { ["from"] = "AwaitingApproval", ["to"] = "CreatingTenancy", ["trigger"] = "Approve", ["n"] = i });
}
